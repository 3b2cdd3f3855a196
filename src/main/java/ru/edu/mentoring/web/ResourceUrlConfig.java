package ru.edu.mentoring.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Boot enables the resource chain because a webjars locator is present, and with it a filter that passes every link a
 * page writes through the static resource resolvers (four class-path look-ups for each link that is not an asset). The
 * portal uses no versioned asset URLs, so the rewriting changes nothing; on a dashboard of 200 schools it cost most of
 * the page's time. The filter is not registered; assets, version-less webjars paths included, are served as before.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff(
            ObjectProvider<ResourceUrlEncodingFilter> filter) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(filter.getIfAvailable(ResourceUrlEncodingFilter::new));
        registration.setEnabled(false);
        return registration;
    }
}
