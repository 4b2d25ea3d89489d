package org.badgeportal.apikeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.badgeportal.accounts.SignedInAccount;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the signed-in account's tokens (and an empty creation form) to the model of {@code /me/settings}, whose
 * controller lives in profiles and knows nothing of tokens; the settings page includes
 * {@code apikeys/tokens :: section}, which reads {@code personalTokens} and {@code tokenForm}.
 */
@Configuration(proxyBeanMethods = false)
class PersonalTokensSection implements WebMvcConfigurer, HandlerInterceptor {

    private final PersonalTokens tokens;

    PersonalTokensSection(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/me/settings");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (view == null || view.wasCleared() || !view.hasView() || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")
                || authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount me)) {
            return;
        }
        view.addObject("personalTokens", tokens.list(me.accountId()));
        if (!view.getModel().containsKey("tokenForm")) {
            view.addObject("tokenForm", CredentialForm.empty());
        }
    }
}
