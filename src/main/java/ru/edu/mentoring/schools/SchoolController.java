package ru.edu.mentoring.schools;

import jakarta.validation.Valid;
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
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.shared.SearchText;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.StaleVersionForm;

/** Schools of the municipality: list and card for everyone in scope; create, edit and curator for the department. */
@Controller
@RequestMapping("/schools")
class SchoolController {

    private final Schools schools;
    private final SchoolRepository repository;
    private final MunicipalityRepository municipalities;
    private final Accounts accounts;
    private final int pageSize;

    SchoolController(Schools schools, SchoolRepository repository, MunicipalityRepository municipalities,
            Accounts accounts, @Value("${app.page-size:20}") int pageSize) {
        this.schools = schools;
        this.repository = repository;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.pageSize = pageSize;
    }

    @InitBinder("schoolForm")
    void schoolFields(WebDataBinder binder) {
        binder.setAllowedFields("fullName", "shortName", "kind", "address", "site", "headName", "municipalityId",
                "version");
    }

    @InitBinder("curatorForm")
    void curatorFields(WebDataBinder binder) {
        binder.setAllowedFields("userId", "email", "newFullName", "orderNumber", "orderDate", "keepPreviousAsDeputy",
                "deputyOrderNumber", "deputyOrderDate");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
            CurrentUser user, Model model) {
        String query = q.strip();
        Page<SchoolSummary> result = schools.search(user, SearchText.likePattern(query),
                PageLinks.request(page, pageSize, Sort.by("sortKey", "id")));
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("q", query);
        model.addAttribute("canCreate", user.has(Role.ADMIN) || (user.has(Role.DEPARTMENT)
                && user.municipalityId() != null));
        return "schools/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.find(user, id).orElseThrow(NotFoundException::new);
        School entity = repository.findById(id).orElseThrow(NotFoundException::new);
        model.addAttribute("school", school);
        model.addAttribute("details", SchoolForm.of(entity));
        model.addAttribute("canManage", user.managesSchoolsOf(school.municipalityId()));
        model.addAttribute("access", schools.accessHolders(id));
        return "schools/show";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        requireCreator(user);
        SchoolForm form = new SchoolForm();
        form.setMunicipalityId(user.municipalityId());
        model.addAttribute("schoolForm", form);
        return form(model, user, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("schoolForm") SchoolForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        requireCreator(user);
        Long municipalityId = user.has(Role.ADMIN) ? form.getMunicipalityId() : user.municipalityId();
        if (municipalityId == null || !municipalities.existsById(municipalityId)) {
            errors.rejectValue("municipalityId", "school.municipality.required");
        }
        if (errors.hasErrors()) {
            return form(model, user, null);
        }
        long id = schools.createSchool(municipalityId, form);
        redirect.addFlashAttribute("flashSuccess", "school.created");
        return "redirect:/schools/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        School school = managed(id, user);
        model.addAttribute("schoolForm", SchoolForm.of(school));
        return form(model, user, school);
    }

    @PostMapping("/{id}")
    @Transactional
    @StaleVersionForm("schools/form")
    String update(@PathVariable long id, @Valid @ModelAttribute("schoolForm") SchoolForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        School school = managed(id, user);
        String page = form(model, user, school);
        if (school.getVersion() != form.getVersion()) {
            throw new StaleVersionException(school.getVersion());
        }
        if (errors.hasErrors()) {
            return page;
        }
        school.update(form);
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/schools/" + id;
    }

    @GetMapping("/{id}/curator")
    String curatorForm(@PathVariable long id, CurrentUser user, Model model) {
        School school = managed(id, user);
        CuratorForm form = new CuratorForm();
        schools.find(user, id).filter(SchoolSummary::hasCurator).ifPresent(s -> {
            form.setUserId(s.curatorUserId());
            form.setOrderNumber(s.curatorOrderNumber());
            form.setOrderDate(s.curatorOrderDate());
        });
        model.addAttribute("curatorForm", form);
        return curatorPage(model, user, school);
    }

    @PostMapping("/{id}/curator")
    String appoint(@PathVariable long id, @Valid @ModelAttribute("curatorForm") CuratorForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        School school = managed(id, user);
        boolean byEmail = form.getUserId() == null && form.getEmail() != null && !form.getEmail().isBlank();
        if (form.getUserId() == null && !byEmail && !errors.hasFieldErrors("email")) {
            errors.rejectValue("userId", "curator.userOrEmail");
        }
        if (form.getUserId() != null && accounts.enabledUsersWithRole(Role.CURATOR, school.getMunicipalityId())
                .stream().noneMatch(u -> u.id() == form.getUserId())) {
            errors.rejectValue("userId", "curator.user.invalid");
        }
        Schools.DeputyOrder deputy = null;
        if (form.isKeepPreviousAsDeputy()) {
            Long previous = schools.currentCuratorId(id).orElse(null);
            if (previous == null || previous.equals(form.getUserId())) {
                errors.rejectValue("keepPreviousAsDeputy", "curator.deputy.nobody");
            }
            if (form.getDeputyOrderNumber() == null || form.getDeputyOrderNumber().isBlank()) {
                errors.rejectValue("deputyOrderNumber", "validation.required");
            }
            if (form.getDeputyOrderDate() == null && !errors.hasFieldErrors("deputyOrderDate")) {
                errors.rejectValue("deputyOrderDate", "validation.date");
            }
            deputy = new Schools.DeputyOrder(form.getDeputyOrderNumber(), form.getDeputyOrderDate());
        }
        if (errors.hasErrors()) {
            return curatorPage(model, user, school);
        }
        if (byEmail) {
            // the account step: found or created by e-mail in the appointment's transaction (a link for a new one)
            Accounts.CuratorAccount account = schools.appointCuratorByEmail(id, form.getEmail(),
                    form.getNewFullName(), form.getOrderNumber(), form.getOrderDate(), deputy);
            if (account.problem() != null) {
                errors.rejectValue(account.problem().equals("curator.fullName.required") ? "newFullName" : "email",
                        account.problem());
                return curatorPage(model, user, school);
            }
            redirect.addFlashAttribute("flashSuccess", account.created() ? "curator.appointedNewAccount"
                    : deputy == null ? "curator.appointed" : "curator.appointedWithDeputy");
            return "redirect:/schools/" + id;
        }
        schools.appointCurator(id, form.getUserId(), form.getOrderNumber(), form.getOrderDate(), deputy);
        redirect.addFlashAttribute("flashSuccess", deputy == null ? "curator.appointed" : "curator.appointedWithDeputy");
        return "redirect:/schools/" + id;
    }

    /** Ends a deputy curator's appointment: the deputy loses the school at once. */
    @PostMapping("/{id}/deputy/end")
    String endDeputy(@PathVariable long id, @RequestParam(required = false) Long userId, CurrentUser user,
            RedirectAttributes redirect) {
        managed(id, user);
        boolean ended = userId != null && schools.endDeputy(id, userId);
        redirect.addFlashAttribute(ended ? "flashSuccess" : "flashError",
                ended ? "curator.deputy.ended" : "curator.deputy.notFound");
        return "redirect:/schools/" + id;
    }

    private String curatorPage(Model model, CurrentUser user, School school) {
        model.addAttribute("school", schools.find(user, school.getId()).orElseThrow(NotFoundException::new));
        model.addAttribute("candidates", accounts.enabledUsersWithRole(Role.CURATOR, school.getMunicipalityId()));
        return "schools/curator";
    }

    private void requireCreator(CurrentUser user) {
        if (!user.has(Role.ADMIN) && !(user.has(Role.DEPARTMENT) && user.municipalityId() != null)) {
            throw new org.springframework.security.access.AccessDeniedException("not a department user");
        }
    }

    /** A school the user may change; a school out of reach answers 404 (read scope) or 403 (read-only). */
    private School managed(long id, CurrentUser user) {
        School school = repository.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(school.getId(), school.getMunicipalityId())) {
            throw new NotFoundException();
        }
        if (!user.managesSchoolsOf(school.getMunicipalityId())) {
            throw new org.springframework.security.access.AccessDeniedException("read only");
        }
        return school;
    }

    private String form(Model model, CurrentUser user, School school) {
        model.addAttribute("school", school == null ? null : schools.find(user, school.getId()).orElse(null));
        model.addAttribute("kinds", SchoolKind.values());
        model.addAttribute("chooseMunicipality", user.has(Role.ADMIN));
        model.addAttribute("municipalities", schools.municipalities(user));
        return "schools/form";
    }
}
