# syntax=docker/dockerfile:1

# --- Stage 1: build the jar ------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Dependencies first, so this layer is reused while only the sources change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline

COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package \
 && cp target/nastavnichestvo-*.jar /build/app.jar

# --- Stage 2: run it -------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system app \
 && useradd --system --gid app --create-home --home-dir /home/app --shell /usr/sbin/nologin app \
 && mkdir -p /app \
 && chown app:app /app

WORKDIR /app
# Class data sharing (Spring Boot's reference, "Class Data Sharing"): the jar is extracted and a training run without a
# database archives the classes the start loads into /app/app.jsa, which halves the start (bench/results-mix.txt).
# It runs here, in the image's own JRE, because an archive serves only the JVM build that wrote it.
COPY --from=build /build/app.jar /tmp/nastavnichestvo.jar
COPY docker/cds-archive /usr/local/bin/cds-archive
RUN chmod 755 /usr/local/bin/cds-archive \
 && cds-archive /tmp/nastavnichestvo.jar /app \
 && rm /tmp/nastavnichestvo.jar \
 && chown -R app:app /app

USER app
EXPOSE 8080
# Ready when /actuator/health answers UP (the image has no curl: the JDK's own HTTP client via a one-file program).
COPY --chown=app:app docker/HealthCheck.java /app/HealthCheck.java
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["java", "/app/HealthCheck.java"]
# The heap follows the container's memory limit instead of a fixed size.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"

# Started in /app with the relative names the archive was written with; a JVM that cannot use it starts without it.
ENTRYPOINT ["sh", "-c", "cd /app && exec java -XX:SharedArchiveFile=app.jsa $JAVA_OPTS -jar app.jar"]
