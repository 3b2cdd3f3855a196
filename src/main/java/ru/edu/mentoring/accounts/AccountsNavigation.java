package ru.edu.mentoring.accounts;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavItem usersNavItem() {
        return new NavItem(90, "nav.users", "/admin/users", Set.of("ADMIN"), NavItem.Group.SETTINGS);
    }

    /** «Сменить пароль»: every signed-in user. */
    @Bean
    NavItem ownPasswordNavItem() {
        return new NavItem(95, "nav.ownPassword", "/account/password", Set.of(), NavItem.Group.ACCOUNT);
    }
}
