# Build stage: the same wrapper and JDK as a developer uses.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY aims-domain aims-domain
COPY aims-risk aims-risk
COPY aims-lifecycle aims-lifecycle
COPY aims-audit aims-audit
COPY aims-web aims-web
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests -pl aims-web -am package

# Run stage: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system aims && useradd --system --gid aims --uid 10001 --home-dir /app aims
WORKDIR /app
COPY --from=build /src/aims-web/target/aims-web-*.jar /app/aims-portal.jar
USER aims
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/aims-portal.jar"]
