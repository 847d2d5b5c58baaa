# One image for the three Recap services (ingest, streams, notifier): built from source with the Maven
# wrapper, run on a JRE. The command chooses the service: `recap streams`, `recap notifier`, ...
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY schemas schemas
COPY embedded embedded
COPY testkit testkit
COPY ingest ingest
COPY streams streams
COPY notifier notifier
COPY app app
RUN ./mvnw -B -q -DskipTests package -pl app -am

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --uid 10001 recap \
    && mkdir -p /var/lib/recap/state \
    && chown recap /var/lib/recap/state
WORKDIR /opt/recap
COPY --from=build /src/app/target/recap-app.jar ./recap-app.jar
COPY --from=build /src/app/target/lib ./lib
COPY samples ./samples
USER recap
ENV JAVA_TOOL_OPTIONS="-Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.recap.events"
ENTRYPOINT ["java", "-jar", "/opt/recap/recap-app.jar"]
CMD ["--help"]
