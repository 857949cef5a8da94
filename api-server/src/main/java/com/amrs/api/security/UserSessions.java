package com.amrs.api.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The logged-in sessions by user, whichever way the user logged in (the session gets its security context):
 * a user who is deleted, disabled or given another role is logged out everywhere. Every session that ends
 * (logout, timeout, {@link #end}) is published as {@link SessionEnded}, so that its live streams close.
 */
@Component
public class UserSessions implements HttpSessionListener, HttpSessionAttributeListener, HttpSessionIdListener {

    /** An HTTP session ended; its id as it was last. */
    public record SessionEnded(String sessionId) {}

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private record Login(String username, HttpSession session) {}

    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    UserSessions(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Ends every session of this user; the number ended. */
    public int end(String username) {
        List<Login> ended = logins.values().stream()
                .filter(login -> login.username().equals(username))
                .toList();
        for (Login login : ended) {
            try {
                login.session().invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                logins.values().remove(login);
            }
        }
        if (!ended.isEmpty()) {
            log.info("Ended {} session(s) of user '{}'", ended.size(), username);
        }
        return ended.size();
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        loggedIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        loggedIn(event);
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        Login login = logins.remove(oldSessionId);
        if (login != null) {
            logins.put(event.getSession().getId(), login);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        String id = event.getSession().getId();
        logins.remove(id);
        events.publishEvent(new SessionEnded(id));
    }

    private void loggedIn(HttpSessionBindingEvent event) {
        if (!HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())) {
            return;
        }
        HttpSession session = event.getSession();
        if (session.getAttribute(event.getName()) instanceof SecurityContext context
                && context.getAuthentication() != null) {
            logins.put(session.getId(), new Login(context.getAuthentication().getName(), session));
        }
    }
}
