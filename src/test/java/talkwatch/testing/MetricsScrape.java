package talkwatch.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scrape of {@code /metrics} over HTTP as Prometheus makes it (asking first for the protobuf format, which
 * talkwatch leaves out, then for text), read into samples: {@code name{labels}} to value.
 */
public record MetricsScrape(String contentType, String text, Map<String, Double> samples) {

    /** What Prometheus 2.x and 3.x send, in their order of preference. */
    static final String PROMETHEUS_ACCEPT = "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;"
            + "encoding=delimited;q=0.7,text/plain;version=0.0.4;q=0.3,*/*;q=0.1";

    public static MetricsScrape of(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                                .header("Accept", PROMETHEUS_ACCEPT)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
        }
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new MetricsScrape(response.headers().firstValue("Content-Type").orElse(""), response.body(), samples);
    }

    /** The value of {@code sample}, e.g. {@code talkwatch_sends_total{outcome="sent"}}; fails when it is not there. */
    public double value(String sample) {
        Double value = samples.get(sample);
        if (value == null) {
            throw new AssertionError("no sample " + sample + " in:\n" + text);
        }
        return value;
    }
}
