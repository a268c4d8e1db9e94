package talkwatch.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up, cancelling the stream, as soon as it passes a byte limit, so an endless
 * body costs at most {@code limit} bytes of memory.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the limit; carries nothing else because the caller knows the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("body larger than the limit");
        }
    }

    private static final long IGNORE = -1;
    private static final long REFUSE = -2;

    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long limit) {
        this.limit = limit;
    }

    /** A body that is not read at all: the stream is cancelled at once (for 3xx, 304 and error statuses). */
    static HttpResponse.BodySubscriber<byte[]> ignored() {
        return new CappedBody(IGNORE);
    }

    /** A body refused unread, because its Content-Length already passes the limit. */
    static HttpResponse.BodySubscriber<byte[]> refused() {
        return new CappedBody(REFUSE);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (limit == IGNORE || limit == REFUSE) {
            s.cancel();
            if (limit == IGNORE) {
                result.complete(new byte[0]);
            } else {
                result.completeExceptionally(new TooLargeException());
            }
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException());
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
