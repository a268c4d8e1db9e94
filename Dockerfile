# Build: the same Maven build as on a developer's machine.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
RUN mvn -q -B package -DskipTests

# Run: a JRE 17, a non-root user, the SQLite file in the /data volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home talkwatch \
    && mkdir -p /app/config /data \
    && chown talkwatch /data
WORKDIR /app
COPY --from=build /src/target/talkwatch.jar /app/talkwatch.jar
COPY config/talkwatch.yml /app/config/talkwatch.yml
ENV TALKWATCH_DB=/data/talkwatch.db
VOLUME ["/data"]
USER talkwatch
# The token comes from the environment: docker run -e TELEGRAM_BOT_TOKEN=... ; mount your own
# config over /app/config/talkwatch.yml to change feeds and topics.
# Healthy while a poll cycle started within three times schedule.pollEvery (talkwatch health reads the database only).
HEALTHCHECK --interval=1m --timeout=30s --start-period=5m --retries=3 \
    CMD ["java", "-XX:+UseSerialGC", "-Xmx64m", "-jar", "/app/talkwatch.jar", "health", "--config", "/app/config/talkwatch.yml"]
ENTRYPOINT ["java", "-jar", "/app/talkwatch.jar"]
CMD ["run", "--config", "/app/config/talkwatch.yml"]
