/**
 * What the stages count for the operator (poll cycles, feeds, articles, sends, the outbox), behind the small {@link
 * talkwatch.metrics.Metrics} interface the pipeline and the sender call; served to Prometheus by {@link
 * talkwatch.metrics.PrometheusMetrics} when {@code metrics.listen} is set. Nothing outside this package sees a
 * Prometheus class.
 */
package talkwatch.metrics;
