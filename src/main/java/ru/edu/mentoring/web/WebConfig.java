package ru.edu.mentoring.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.ITemplateEngine;

/** Russian by default; {@code ?lang=en} switches to the English bundle and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(RUSSIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Outermost filter: a request that fails because PostgreSQL is out of reach answers 503 (see DatabaseOutage). */
    @Bean
    FilterRegistrationBean<DatabaseOutage> databaseOutageFilter(ITemplateEngine templates, LocaleResolver locales) {
        FilterRegistrationBean<DatabaseOutage> registration =
                new FilterRegistrationBean<>(new DatabaseOutage(templates, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD);
        return registration;
    }

    /** Right after it: a urlencoded form with invalid UTF-8 is decoded leniently (see LenientFormDecoding). */
    @Bean
    FilterRegistrationBean<LenientFormDecoding> lenientFormDecoding() {
        FilterRegistrationBean<LenientFormDecoding> registration = new FilterRegistrationBean<>(new LenientFormDecoding());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Right inside Spring Session's filter: a page stays in its buffer, so the session is read once (PageBuffer). */
    @Bean
    FilterRegistrationBean<PageBuffer> pageBuffer() {
        FilterRegistrationBean<PageBuffer> registration = new FilterRegistrationBean<>(new PageBuffer());
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 3);
        return registration;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new StrictEnums());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new ControlCharacterGuard());
    }
}
