package ru.edu.mentoring.api;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.NavItem;

/**
 * The administrator's API tokens: the list (scope, issued, revoked, last call), issuing one (its value is shown once,
 * on the answer to the POST, never stored or redirected through the session) and revoking one.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Schools schools;

    ApiTokenController(ApiTokens tokens, Schools schools) {
        this.tokens = tokens;
        this.schools = schools;
    }

    @InitBinder("apiTokenForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("name", "scope", "regionName", "forMunicipality");
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        ApiTokens.requireAdmin(user);
        if (!model.containsAttribute("apiTokenForm")) {
            model.addAttribute("apiTokenForm", new ApiTokenForm());
        }
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        List<MunicipalitySummary> municipalities = schools.municipalities(user);
        Map<Long, String> names = new LinkedHashMap<>();
        municipalities.forEach(m -> names.put(m.id(), m.name()));
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("scopes", ApiTokenForm.Scope.values());
        model.addAttribute("municipalityNames", names);
        model.addAttribute("regions", municipalities.stream().map(MunicipalitySummary::regionName).distinct()
                .sorted().toList());
        return "api/tokens";
    }

    @PostMapping
    String issue(@Valid @ModelAttribute("apiTokenForm") ApiTokenForm form, BindingResult errors, CurrentUser user,
            Model model) {
        ApiTokens.requireAdmin(user);
        List<MunicipalitySummary> municipalities = schools.municipalities(user);
        String region = null;
        Long municipality = null;
        // a value sent for either field must name a real region or municipality, whichever scope is chosen
        String givenRegion = form.getRegionName() == null ? null : form.getRegionName().strip();
        if (givenRegion != null && !givenRegion.isEmpty()
                && municipalities.stream().noneMatch(m -> m.regionName().equals(givenRegion))) {
            errors.rejectValue("regionName", "api.token.regionUnknown");
        }
        Long givenMunicipality = form.getForMunicipality();
        if (givenMunicipality != null && municipalities.stream().noneMatch(m -> m.id() == givenMunicipality)) {
            errors.rejectValue("forMunicipality", "api.token.municipalityUnknown");
        }
        if (form.getScope() == ApiTokenForm.Scope.REGION) {
            region = givenRegion;
            if (region == null || region.isEmpty()) {
                errors.rejectValue("regionName", "api.token.regionUnknown");
            }
        } else if (form.getScope() == ApiTokenForm.Scope.MUNICIPALITY) {
            municipality = givenMunicipality;
            if (municipality == null) {
                errors.rejectValue("forMunicipality", "api.token.municipalityUnknown");
            }
        }
        if (errors.hasErrors()) {
            return page(user, model);
        }
        String raw = tokens.issue(user, form.getName().strip(), region, municipality);
        model.addAttribute("issuedToken", raw);
        model.addAttribute("issuedName", form.getName().strip());
        return "api/issued";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        ApiTokens.requireAdmin(user);
        try {
            tokens.revoke(user, id, version == null ? -1 : version);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flashError", "api.token.stale");
            return "redirect:/admin/api-tokens";
        }
        redirect.addFlashAttribute("flashSuccess", "api.token.revoked");
        return "redirect:/admin/api-tokens";
    }

    @Bean
    static NavItem apiTokensNavItem() {
        return new NavItem(92, "nav.apiTokens", "/admin/api-tokens", Set.of("ADMIN"), NavItem.Group.SETTINGS);
    }
}
