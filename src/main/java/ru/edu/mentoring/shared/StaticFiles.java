package ru.edu.mentoring.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The app's static files (stylesheets, scripts, images, WebJars) are served without reading the session: a page
 * loads several of them, and each session read is a database statement. The flash messages are not looked up for
 * them (Spring MVC would otherwise open the session on every request it serves).
 */
@Configuration(proxyBeanMethods = false)
public class StaticFiles {

    /** True for a request of a static file. */
    public static boolean requested(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Bean
    static BeanPostProcessor flashMapsNotForStaticFiles() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FlashMapManager && beanName.equals("flashMapManager")
                        ? new SessionFlashMapManager() {
                            @Override
                            protected java.util.List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                                return requested(request) ? null : super.retrieveFlashMaps(request);
                            }
                        }
                        : bean;
            }
        };
    }
}
