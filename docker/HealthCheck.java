import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: exit 0 when /actuator/health answers 200 (UP), 1 otherwise; asked on
 * MANAGEMENT_SERVER_PORT when the actuator has a port of its own.
 */
public class HealthCheck {
    public static void main(String[] args) throws Exception {
        String management = System.getenv().getOrDefault("MANAGEMENT_SERVER_PORT", "").strip();
        String url = args.length > 0 ? args[0]
                : "http://127.0.0.1:" + (management.isEmpty() ? "8080" : management) + "/actuator/health";
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            System.exit(r.statusCode() == 200 && r.body().contains("\"UP\"") ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
