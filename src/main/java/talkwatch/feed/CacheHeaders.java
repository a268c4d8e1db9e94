package talkwatch.feed;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a response asks us to stay away: {@code Cache-Control: max-age} (RFC 9111, 5.2.2.1), {@code Expires}
 * (RFC 9111, 5.3, measured from the server's {@code Date}) and {@code Retry-After} (RFC 9110, 10.2.3). Unreadable
 * values are ignored, as RFC 9111 asks for {@code Expires}.
 */
final class CacheHeaders {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

    private CacheHeaders() {}

    /** The longest wait any of the three headers asks for, if any. */
    static Optional<Duration> waitAtLeast(HttpHeaders headers, Instant now) {
        Optional<Duration> wait = maxAge(headers).or(() -> expires(headers, now));
        return longest(wait, retryAfter(headers, now));
    }

    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        return headers.firstValue("Retry-After").map(String::trim).flatMap(value -> {
            if (value.matches("\\d{1,10}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            return date(value).map(at -> Duration.between(now, at));
        });
    }

    private static Optional<Duration> maxAge(HttpHeaders headers) {
        String control = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        Matcher m = MAX_AGE.matcher(control);
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static Optional<Duration> expires(HttpHeaders headers, Instant now) {
        Instant served = headers.firstValue("Date").flatMap(CacheHeaders::date).orElse(now);
        return headers.firstValue("Expires").flatMap(CacheHeaders::date).map(at -> Duration.between(served, at));
    }

    private static Optional<Instant> date(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}
