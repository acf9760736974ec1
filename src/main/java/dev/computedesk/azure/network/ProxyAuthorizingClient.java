package dev.computedesk.azure.network;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * azure-core's HTTP client with the proxy's credentials added to each request as it leaves (after every pipeline
 * policy, so the logging policy never sees them), see {@link ProxyAuthorization}.
 *
 * <p>A proxy's {@code 407} to a {@code CONNECT} reaches the caller as a response whose body the JDK leaves null
 * (azure-core would fail reading it with a {@code NullPointerException}); it is passed on as a {@code 407} without a
 * body, which the ARM client names ("the proxy … asks for a user name and password").
 */
final class ProxyAuthorizingClient implements HttpClient {
    private static final HttpHeaderName PROXY_AUTHORIZATION = HttpHeaderName.fromString("Proxy-Authorization");

    private final HttpClient client;
    private final ProxyAuthorization authorization;

    ProxyAuthorizingClient(HttpClient client, ProxyAuthorization authorization) {
        this.client = client;
        this.authorization = authorization;
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request) {
        return client.send(authorize(request)).map(ProxyAuthorizingClient::withoutProxyBody);
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request, Context context) {
        return client.send(authorize(request), context).map(ProxyAuthorizingClient::withoutProxyBody);
    }

    @Override
    public HttpResponse sendSync(HttpRequest request, Context context) {
        return withoutProxyBody(client.sendSync(authorize(request), context));
    }

    private static HttpResponse withoutProxyBody(HttpResponse response) {
        return response.getStatusCode() == 407 ? new ProxyRefusal(response) : response;
    }

    /** A proxy's {@code 407}: its status and headers, no body. */
    private static final class ProxyRefusal extends HttpResponse {
        private final HttpHeaders headers;

        ProxyRefusal(HttpResponse response) {
            super(response.getRequest());
            this.headers = response.getHeaders();
        }

        @Override
        public int getStatusCode() {
            return 407;
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return Flux.empty();
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return Mono.just(new byte[0]);
        }

        @Override
        public Mono<String> getBodyAsString() {
            return Mono.just("");
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return Mono.just("");
        }
    }

    private HttpRequest authorize(HttpRequest request) {
        try {
            authorization.headerFor(request.getUrl().toURI()).ifPresentOrElse(
                    value -> request.setHeader(PROXY_AUTHORIZATION, value),
                    () -> request.getHeaders().remove(PROXY_AUTHORIZATION));
        } catch (URISyntaxException notAUri) {
            // azure-core's URL always is one; without it the request goes without proxy credentials
        }
        return request;
    }
}
