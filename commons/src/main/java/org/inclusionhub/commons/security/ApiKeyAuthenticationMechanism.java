package org.inclusionhub.commons.security;

import java.util.List;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <api key>}, or HTTP basic authentication (RFC 7617) whose password is the
 * API key and whose user name is not checked, for clients that only speak basic (KoboToolbox REST services).
 * A request without either stays anonymous; a basic header that does not decode fails authentication.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private static final String AUTHORIZATION = "Authorization";

    private final FailedAuthenticationLimiter limiter;

    public ApiKeyAuthenticationMechanism(FailedAuthenticationLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (context.request().headers().getAll(AUTHORIZATION).size() > 1) {
            // two credentials name no one caller; taking the first would let a proxy's header decide who calls
            return Uni.createFrom().failure(ApiProblem.invalid(List.of(new Violation(AUTHORIZATION,
                    "must be sent once: two credentials name no one caller"))));
        }
        String header = context.request().getHeader(AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        boolean basic = header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length());
        if (!bearer && !basic) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        String client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        java.util.OptionalLong blocked = limiter.blockedForSeconds(client);
        if (blocked.isPresent()) {
            return Uni.createFrom().failure(new AuthenticationThrottled(blocked.getAsLong()));
        }
        String key = bearer ? header.substring(BEARER.length()).strip() : basicPassword(header.substring(BASIC.length()).strip());
        return identityProviderManager.authenticate(new TokenAuthenticationRequest(new TokenCredential(key, "bearer")))
                .onFailure().invoke(e -> limiter.failed(client));
    }

    /** The password of {@code user:password} in base64, or "" (no key) when it does not decode. */
    private static String basicPassword(String encoded) {
        try {
            String pair = new String(java.util.Base64.getDecoder().decode(encoded), java.nio.charset.StandardCharsets.UTF_8);
            return pair.indexOf(':') < 0 ? "" : pair.substring(pair.indexOf(':') + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
