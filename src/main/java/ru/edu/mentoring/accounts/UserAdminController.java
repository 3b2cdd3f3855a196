package ru.edu.mentoring.accounts;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.shared.SearchText;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.shared.PlainText;

/** Administrator pages: accounts, their roles, municipality and schools. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

    private final UserAccountRepository users;
    private final Accounts accounts;
    private final SchoolDirectory directory;
    private final org.springframework.beans.factory.ObjectProvider<RegionDirectory> regions;
    private final int pageSize;

    UserAdminController(
            UserAccountRepository users,
            Accounts accounts,
            SchoolDirectory directory,
            org.springframework.beans.factory.ObjectProvider<RegionDirectory> regions,
            @Value("${app.page-size:20}") int pageSize) {
        this.regions = regions;
        this.users = users;
        this.accounts = accounts;
        this.directory = directory;
        this.pageSize = pageSize;
    }

    @InitBinder("userForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "username", "fullName", "email", "roles", "municipalityId", "schoolIds", "regionId", "password",
                "version");
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page, Model model) {
        String query = q.strip();
        Page<UserAccount> result =
                users.search(SearchText.likePattern(query), PageLinks.request(page, pageSize, Sort.by("fullName", "id")));
        Map<Long, String> municipalities = directory.municipalities().stream()
                .collect(java.util.stream.Collectors.toMap(SchoolDirectory.Option::id, SchoolDirectory.Option::name));
        model.addAttribute("page", result.map(u -> new UserRow(u.getId(), u.getFullName(), u.getUsername(),
                java.util.EnumSet.copyOf(u.getRoles().isEmpty() ? java.util.EnumSet.noneOf(Role.class) : u.getRoles()),
                u.getMunicipalityId() == null ? null : municipalities.get(u.getMunicipalityId()), u.isEnabled())));
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("q", query);
        return "accounts/users";
    }

    /** A row of the users list, read inside the transaction. */
    record UserRow(long id, String fullName, String username, java.util.Set<Role> roles, String municipalityName,
            boolean enabled) {}

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
            errors.rejectValue("username", "user.username.taken");
        }
        boolean sendLink = form.getPassword() == null || form.getPassword().isEmpty();
        if (sendLink && (form.getEmail() == null || form.getEmail().isBlank())) {
            errors.rejectValue("password", "user.password.orEmail");
        } else if (!sendLink && !errors.hasFieldErrors("password")) {
            accounts.passwordProblem(form.getPassword(), form.getUsername())
                    .ifPresent(p -> errors.rejectValue("password", p, new Object[] {MIN_PASSWORD}, null));
        }
        checkScope(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Accounts.NewAccount account = new Accounts.NewAccount(
                form.getUsername(), form.getPassword(), form.getFullName(), form.getEmail(), form.getRoles(),
                form.getMunicipalityId(), form.getSchoolIds());
        long id = sendLink ? accounts.create(account, accounts.newUnusablePassword()) : accounts.create(account);
        if (form.getRegionId() != null) {
            accounts.bindToRegion(id, form.getRegionId());
        }
        if (sendLink) {
            accounts.sendNewAccountLink(id);
        }
        redirect.addFlashAttribute("flashSuccess", sendLink ? "user.createdLinkSent" : "user.created");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, Model model) {
        UserAccount user = users.findWithDetailsById(id).orElseThrow(NotFoundException::new);
        model.addAttribute("userForm", UserForm.of(user));
        return form(model, user);
    }

    @PostMapping("/{id}")
    @Transactional
    @StaleVersionForm("accounts/user-form")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserAccount user = users.findWithDetailsById(id).orElseThrow(NotFoundException::new);
        form.setUsername(user.getUsername());
        checkScope(form, errors);
        String page = form(model, user);
        if (user.getVersion() != form.getVersion()) {
            throw new StaleVersionException(user.getVersion());
        }
        if (errors.hasErrors()) {
            return page;
        }
        accounts.change(user, form.getFullName().trim(), Accounts.blankToNull(form.getEmail()), form.getRoles(),
                form.getMunicipalityId(), form.getSchoolIds(), form.getRegionId());
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    @Transactional
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, CurrentUser me,
            RedirectAttributes redirect) {
        UserAccount user = users.findWithDetailsById(id).orElseThrow(NotFoundException::new);
        if (!enabled && Objects.equals(user.getId(), me.id())) {
            redirect.addFlashAttribute("flashError", "user.cannotDisableSelf");
        } else {
            accounts.setEnabled(user, enabled);
            redirect.addFlashAttribute("flashSuccess", enabled ? "user.enabledDone" : "user.disabledDone");
        }
        return "redirect:/admin/users/" + id;
    }

    /**
     * The administrator's reset sends the user a one-use link to set a password (to the account's e-mail address)
     * instead of typing one; the user's sessions end when the link is used.
     */
    @PostMapping("/{id}/password")
    @Transactional
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount user = users.findWithDetailsById(id).orElseThrow(NotFoundException::new);
        var problem = accounts.sendResetLink(user);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
        } else {
            redirect.addFlashAttribute("flashSuccess", "user.resetLinkSent");
        }
        return "redirect:/admin/users/" + id;
    }

    private void checkScope(UserForm form, BindingResult errors) {
        if (form.getRoles().isEmpty()) {
            errors.rejectValue("roles", "user.roles.required");
        }
        boolean municipal = form.getRoles().contains(Role.DEPARTMENT) || form.getRoles().contains(Role.METHODOLOGIST);
        if (municipal && form.getMunicipalityId() == null) {
            errors.rejectValue("municipalityId", "user.municipality.required");
        }
        if (form.getMunicipalityId() != null && directory.municipalities().stream()
                .noneMatch(m -> m.id() == form.getMunicipalityId())) {
            errors.rejectValue("municipalityId", "user.municipality.required");
        }
        boolean schoolBound = form.getRoles().contains(Role.CURATOR) || form.getRoles().contains(Role.SCHOOL_HEAD);
        if (schoolBound && form.getSchoolIds().isEmpty()) {
            errors.rejectValue("schoolIds", "user.schools.required");
        }
        boolean regional = form.getRoles().contains(Role.REGION);
        if (regional && form.getRegionId() == null) {
            errors.rejectValue("regionId", "user.region.required");
        }
        if (form.getRegionId() != null && regionOptions().stream().noneMatch(r -> r.id() == form.getRegionId())) {
            errors.rejectValue("regionId", "user.region.required");
        }
        if (!regional) {
            form.setRegionId(null);
        }
        Map<Long, Long> known = directory.municipalityOfSchools(form.getSchoolIds());
        if (known.size() != form.getSchoolIds().size()) {
            errors.rejectValue("schoolIds", "user.schools.unknown");
        }
    }

    private java.util.List<SchoolDirectory.Option> regionOptions() {
        RegionDirectory directory = regions.getIfAvailable();
        return directory == null ? java.util.List.of() : directory.regions();
    }

    private String form(Model model, UserAccount user) {
        model.addAttribute("user", user);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("municipalities", directory.municipalities());
        model.addAttribute("schools", directory.schools());
        model.addAttribute("regions", regionOptions());
        return "accounts/user-form";
    }
}
