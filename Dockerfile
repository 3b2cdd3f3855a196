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
COPY --from=build --chown=app:app /build/app.jar /app/app.jar

USER app
EXPOSE 8080
# Ready when /actuator/health answers UP (the image has no curl: the JDK's own HTTP client via a one-file program).
COPY --chown=app:app docker/HealthCheck.java /app/HealthCheck.java
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["java", "/app/HealthCheck.java"]
# The heap follows the container's memory limit instead of a fixed size.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
