package ru.edu.mentoring.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the API (springdoc; spec and Swagger UI at {@code /api/docs}). */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "token";

    @Bean
    OpenAPI mentoringOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Наставничество — API для региональных систем").version("v1")
                        .description("Только чтение. Охват и показатели по региону, муниципалитету и организации,"
                                + " снимки показателей, отправленные в регион. Доступ по токену, выданному"
                                + " администратором портала (заголовок Authorization: Bearer …); ограничение частоты"
                                + " запросов на токен (429); персональных данных в ответах нет."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
