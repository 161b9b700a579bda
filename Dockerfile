# One image recipe for every service: docker build --build-arg SERVICE=ingest-service .
# docker-compose.yml builds the three services from it.
FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl "${SERVICE}" -am -DskipTests package && cp "${SERVICE}/target/${SERVICE}.jar" /app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 newsflow
USER newsflow
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
