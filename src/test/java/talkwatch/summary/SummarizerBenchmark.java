package talkwatch.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import talkwatch.testing.Corpora;

/**
 * Articles per second on one thread: the summarizer against Lucene's Arabic analysis alone (tokenize, normalize,
 * stop words, stem) over the same 153 EASC articles. One operation is one article.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.summary.SummarizerBenchmark [JMH options]
 * </pre>
 *
 * Reads EASC where {@link Corpora} finds it; {@link #main} says so in one line when it cannot, before JMH starts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class SummarizerBenchmark {

    private static final int ARTICLES = 153;

    private List<String> texts;
    private Summarizer summarizer;
    private Analyzer analyzer;

    /** Checks that EASC is there, then runs these benchmarks through JMH's command line ({@code args}: its options). */
    public static void main(String[] args) throws Exception {
        Corpora.eascOrExit();
        List<String> jmh = new java.util.ArrayList<>(List.of(SummarizerBenchmark.class.getSimpleName()));
        jmh.addAll(List.of(args));
        org.openjdk.jmh.Main.main(jmh.toArray(String[]::new));
    }

    @Setup
    public void load() {
        List<EascCorpus.Article> articles = new java.util.ArrayList<>(EascCorpus.read(Corpora.eascOrExit(), "dev"));
        articles.addAll(EascCorpus.read(Corpora.eascOrExit(), "test"));
        texts = articles.stream().map(EascCorpus.Article::text).toList();
        if (texts.size() != ARTICLES) {
            throw new IllegalStateException("expected " + ARTICLES + " EASC articles, found " + texts.size());
        }
        summarizer = new Summarizer();
        analyzer = new ArabicAnalyzer();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void summarizeThreeSentences(Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(summarizer.summarize(text, 3));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void summarizeByRatio(Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(summarizer.summarizeByRatio(text, EascEvaluation.RATIO));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void luceneArabicAnalysisAlone(Blackhole blackhole) {
        for (String text : texts) {
            try (TokenStream tokens = analyzer.tokenStream("body", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    blackhole.consume(term.length());
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
