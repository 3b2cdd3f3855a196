package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Mass assignment: no form can set a record's id, school, municipality, status, author or other columns the user may
 * not set. Two halves: every POST handler that binds a form object has an {@code @InitBinder} with allowed fields, none
 * of them forbidden; and every edit form, submitted as the browser would plus extra parameters naming forbidden
 * columns, leaves those columns unchanged — and a stale version answers 409 and changes nothing.
 */
class MassAssignmentTest extends IntegrationTest {

    /** Names no form may bind: they decide ownership, workflow state or identity. */
    static final Set<String> FORBIDDEN = Set.of("id", "school", "schoolId", "municipality", "municipalityId",
            "status", "state", "createdBy", "createdAt", "updatedAt", "uploadedBy", "uploadedAt", "approved",
            "approvedBy", "approvedAt", "roles", "enabled", "passwordHash", "personId", "roadmapId", "reportId",
            "actorId", "userId", "figures", "figuresAt", "statusChangedAt", "failedLogins", "lockedUntil");

    /** Forbidden names a form does bind on purpose, each with the reason and the check that keeps it safe. */
    static final Map<String, String> BOUND_ON_PURPOSE = Map.of(
            "schoolForm.municipalityId", "the administrator places a new school; SchoolController keeps a department"
                    + " to its own municipality and never moves an existing school",
            "userForm.roles", "the user form is the administrator's (only ADMIN reaches /admin/**)",
            "userForm.municipalityId", "the user form is the administrator's (only ADMIN reaches /admin/**)",
            "curatorForm.userId", "choosing the curator is the form's purpose; the account must be a curator of the"
                    + " school's municipality");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schools schools;

    @Autowired
    ru.edu.mentoring.people.PeopleRegistry people;

    @Autowired
    ru.edu.mentoring.pairing.PairingService pairing;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.context.ApplicationContext context;

    // ---- the static half: @InitBinder with allowed fields on every bound form

    @Test
    void everyBoundFormHasAnInitBinderWithAllowedFieldsAndNoForbiddenOne() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> forms = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.contains(RequestMethod.POST) && !methods.contains(RequestMethod.PUT)
                    && !methods.contains(RequestMethod.PATCH)) {
                continue;
            }
            HandlerMethod handler = e.getValue();
            for (Parameter p : handler.getMethod().getParameters()) {
                String name = formName(p);
                if (name == null) {
                    continue;
                }
                String where = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + "("
                        + name + ")";
                forms.add(where);
                String[] allowed = allowedFields(handler, name);
                if (allowed == null || allowed.length == 0) {
                    problems.add(where + ": no @InitBinder(\"" + name + "\") with setAllowedFields");
                    continue;
                }
                Set<String> properties = new TreeSet<>();
                for (var d : BeanUtils.getPropertyDescriptors(p.getType())) {
                    if (d.getWriteMethod() != null) {
                        properties.add(d.getName());
                    }
                }
                for (String field : allowed) {
                    if (!properties.contains(field)) {
                        problems.add(where + ": allowed field «" + field + "» is not a property of "
                                + p.getType().getSimpleName());
                    }
                    if (FORBIDDEN.contains(field) && !BOUND_ON_PURPOSE.containsKey(name + "." + field)) {
                        problems.add(where + ": allows the forbidden field «" + field + "»");
                    }
                }
            }
        }
        System.out.printf("MassAssignmentTest: %d POST handlers bind a form object, each checked for @InitBinder%n",
                forms.size());
        assertThat(forms).as("form-binding POST handlers found").hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** The model attribute a parameter binds from request parameters, or null when it binds none. */
    private static String formName(Parameter p) {
        ModelAttribute ma = p.getAnnotation(ModelAttribute.class);
        Class<?> type = p.getType();
        if (ma != null) {
            String v = !ma.value().isEmpty() ? ma.value() : ma.name();
            return v.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : v;
        }
        if (BeanUtils.isSimpleProperty(type) || type.isArray() || p.getAnnotations().length > 0
                || type.getName().startsWith("org.springframework.") || type.getName().startsWith("jakarta.")
                || type.getName().startsWith("java.") || type.getSimpleName().equals("CurrentUser")) {
            return null;
        }
        return Introspector.decapitalize(type.getSimpleName()); // an implicit @ModelAttribute
    }

    /** Runs the controller's @InitBinder methods for the attribute on a fresh binder; its allowed fields. */
    private String[] allowedFields(HandlerMethod handler, String name) throws Exception {
        WebDataBinder binder = new WebDataBinder(null, name);
        Object bean = context.getBean(handler.getBeanType());
        for (Method m : handler.getBeanType().getDeclaredMethods()) {
            InitBinder ib = AnnotatedElementUtils.findMergedAnnotation(m, InitBinder.class);
            if (ib == null || (ib.value().length > 0 && !Arrays.asList(ib.value()).contains(name))) {
                continue;
            }
            m.setAccessible(true);
            Object[] args = new Object[m.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = WebDataBinder.class.isAssignableFrom(m.getParameterTypes()[i]) ? binder : null;
            }
            m.invoke(org.springframework.aop.support.AopUtils.isAopProxy(bean)
                    ? ((org.springframework.aop.framework.Advised) bean).getTargetSource().getTarget() : bean, args);
        }
        return binder.getAllowedFields();
    }

    // ---- the live half: forms submitted with extra parameters

    /** One edit form: who opens it, where, which form on the page, and the row it changes. */
    record Case(String user, String page, String action, String table, String key, long id,
            Map<String, String> overrides) {}

    @Test
    void extraParametersChangeNoProtectedColumnAndAStaleVersionIs409() throws Exception {
        long school1 = Fixtures.school1(jdbc);
        long school2 = Fixtures.school2(jdbc);
        long foreign = Fixtures.foreignSchoolWithPair(schools, jdbc, people, pairing);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                school1);
        long foreignMunicipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                foreign);

        long person = jdbc.queryForObject("select min(id) from person where school_id = ?", Long.class, school1);
        long mentor = jdbc.queryForObject("select min(person_id) from mentor_profile where school_id = ?", Long.class,
                school1);
        long mentee = jdbc.queryForObject("select min(person_id) from mentee_profile where school_id = ?", Long.class,
                school1);
        long pair = jdbc.queryForObject("select min(id) from mentoring_pair where school_id = ?", Long.class, school1);
        long campaign = jdbc.queryForObject("select min(id) from campaign where municipality_id = ?", Long.class,
                municipality);
        long act = jdbc.queryForObject("select min(id) from normative_act where municipality_id = ?", Long.class,
                municipality);
        long municipalMeasure = jdbc.queryForObject("select min(m.id) from municipal_measure m join municipal_section"
                + " s on s.id = m.section_id where s.municipality_id = ?", Long.class, municipality);
        long form = jdbc.queryForObject("select min(id) from mentoring_form", Long.class);
        long curator2 = Fixtures.userId(jdbc, "curator2");
        Long measure = jdbc.query("select min(m.id) from roadmap_measure m join roadmap r on r.id = m.roadmap_id"
                + " where r.school_id = ? and r.status in ('DRAFT', 'RETURNED')", rs -> rs.next()
                        ? (Long) rs.getObject(1) : null, school1);
        Long report = jdbc.query("select min(id) from school_report where school_id = ? and status in ('DRAFT',"
                + " 'RETURNED')", rs -> rs.next() ? (Long) rs.getObject(1) : null, school1);

        List<Case> cases = new ArrayList<>(List.of(
                new Case("curator1", "/people/" + person + "/edit", "/people/" + person, "person", "id", person,
                        Map.of()),
                new Case("curator1", "/people/" + mentor + "/mentor", "/people/" + mentor + "/mentor",
                        "mentor_profile", "person_id", mentor, Map.of()),
                new Case("curator1", "/people/" + mentee + "/mentee", "/people/" + mentee + "/mentee",
                        "mentee_profile", "person_id", mentee, Map.of()),
                new Case("curator1", "/pairs/" + pair + "/edit", "/pairs/" + pair, "mentoring_pair", "id", pair,
                        Map.of()),
                new Case("department", "/schools/" + school1 + "/edit", "/schools/" + school1, "school", "id",
                        school1, Map.of()),
                new Case("department", "/campaigns/" + campaign + "/edit", "/campaigns/" + campaign, "campaign", "id",
                        campaign, Map.of()),
                new Case("department", "/documents/acts/" + act + "/edit", "/documents/acts/" + act, "normative_act",
                        "id", act, Map.of()),
                new Case("department", "/roadmaps/municipal/measures/" + municipalMeasure + "/edit",
                        "/roadmaps/municipal/measures/" + municipalMeasure, "municipal_measure", "id",
                        municipalMeasure, Map.of()),
                new Case("admin", "/forms/" + form + "/edit", "/forms/" + form, "mentoring_form", "id", form,
                        Map.of()),
                new Case("admin", "/admin/users/" + curator2, "/admin/users/" + curator2, "app_user", "id", curator2,
                        Map.of())));
        if (measure != null) {
            cases.add(new Case("curator1", "/roadmaps/measures/" + measure + "/edit", "/roadmaps/measures/" + measure,
                    "roadmap_measure", "id", measure, Map.of()));
        }
        if (report != null) {
            cases.add(new Case("curator1", "/reports/" + report, "/reports/" + report, "school_report", "id", report,
                    Map.of()));
        }

        List<String> failures = new ArrayList<>();
        int extrasSent = 0;
        int staleChecked = 0;
        for (Case c : cases) {
            boolean schoolUser = c.user().startsWith("curator") || c.user().startsWith("head");
            long otherSchool = schoolUser ? school2 : foreign;
            Map<String, String> extras = new LinkedHashMap<>();
            extras.put("id", "1");
            extras.put("schoolId", Long.toString(otherSchool));
            extras.put("school", Long.toString(otherSchool));
            extras.put("school.id", Long.toString(otherSchool));
            extras.put("municipalityId", Long.toString(foreignMunicipality));
            extras.put("municipality.id", Long.toString(foreignMunicipality));
            extras.put("status", "APPROVED");
            extras.put("state", "APPROVED");
            extras.put("createdBy", "1");
            extras.put("createdAt", "2001-01-01T00:00:00Z");
            extras.put("uploadedBy", "Злоумышленник");
            extras.put("roles", "ADMIN");
            extras.put("approved", "true");
            extras.put("enabled", "false");
            extras.put("personId", "1");
            extras.put("roadmapId", "1");
            extras.put("userId", "1");
            extras.put("passwordHash", "{noop}x");
            extras.put("failedLogins", "99");
            extras.put("figures", "involved=9999");

            Map<String, List<String>> fields = formFields(c);
            if (fields == null) {
                failures.add(c.page() + ": no form posting to " + c.action());
                continue;
            }
            fields.putAll(c.overrides().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, en -> List.of(en.getValue()))));
            Map<String, Object> before = row(c);
            MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(c.action()).with(csrf())
                    .with(user(users.loadUserByUsername(c.user())));
            fields.forEach((k, vs) -> post.param(k, vs.toArray(String[]::new)));
            for (Map.Entry<String, String> x : extras.entrySet()) {
                if (!fields.containsKey(x.getKey())) { // a field the form shows is the user's to set
                    post.param(x.getKey(), x.getValue());
                    extrasSent++;
                }
            }
            MockHttpServletResponse response = mvc.perform(post).andReturn().getResponse();
            if (response.getStatus() != 302) {
                failures.add(c.action() + " as " + c.user() + ": the valid form was not accepted (" + response
                        .getStatus() + ") " + errorsOn(response));
            }
            Map<String, Object> after = row(c);
            Set<String> mayChange = new TreeSet<>(Set.of("version", "updated_at"));
            fields.keySet().forEach(f -> mayChange.add(snake(f)));
            for (String column : before.keySet()) {
                if (!mayChange.contains(column) && !Objects.equals(String.valueOf(before.get(column)),
                        String.valueOf(after.get(column)))) {
                    failures.add(c.action() + " as " + c.user() + ": column " + c.table() + "." + column
                            + " changed from «" + before.get(column) + "» to «" + after.get(column) + "»");
                }
            }

            // a stale version: 409, nothing written
            if (fields.containsKey("version")) {
                Map<String, List<String>> stale = new LinkedHashMap<>(formFields(c));
                long current = Long.parseLong(stale.get("version").get(0));
                stale.put("version", List.of(Long.toString(current == 0 ? 1000 : current - 1)));
                String changed = stale.keySet().stream().filter(k -> k.matches("title|goal|request|lastName|"
                        + "address|competences|name|results|fullName")).findFirst().orElse(null);
                if (changed != null) {
                    stale.put(changed, List.of(stale.get(changed).get(0) + " Устаревшая"));
                }
                Map<String, Object> beforeStale = row(c);
                MockHttpServletRequestBuilder stalePost = MockMvcRequestBuilders.post(c.action()).with(csrf())
                        .with(user(users.loadUserByUsername(c.user())));
                stale.forEach((k, vs) -> stalePost.param(k, vs.toArray(String[]::new)));
                int status = mvc.perform(stalePost).andReturn().getResponse().getStatus();
                staleChecked++;
                if (status != 409) {
                    failures.add(c.action() + " as " + c.user() + ": a stale version answered " + status
                            + ", not 409");
                }
                if (!String.valueOf(beforeStale).equals(String.valueOf(row(c)))) {
                    failures.add(c.action() + " as " + c.user() + ": a stale version changed the row");
                }
            } else {
                failures.add(c.page() + ": the form has no hidden version");
            }
        }
        System.out.printf("MassAssignmentTest: %d forms × up to 20 forbidden parameters = %d cases (extra parameters"
                + " sent), %d stale-version submissions%n", cases.size(), extrasSent, staleChecked);
        assertThat(failures).isEmpty();
        assertThat(extrasSent).isGreaterThan(cases.size() * 10);
    }

    /** The fields a browser would submit from the form posting to the case's action, or null without one. */
    private Map<String, List<String>> formFields(Case c) throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get(c.page()).with(user(users.loadUserByUsername(c.user()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        Element form = null;
        for (Element f : doc.select("form[method=post]")) {
            if (f.attr("action").replaceAll("\\?.*", "").equals(c.action().replaceAll("\\?.*", ""))) {
                form = f;
                break;
            }
        }
        if (form == null) {
            return null;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element in : form.select("input[name], textarea[name], select[name]")) {
            String name = in.attr("name");
            if (name.equals("_csrf")) {
                continue;
            }
            String type = in.attr("type");
            List<String> values = fields.computeIfAbsent(name, k -> new ArrayList<>());
            switch (in.tagName()) {
                case "textarea" -> values.add(in.wholeText());
                case "select" -> {
                    var selected = in.select("option[selected]");
                    if (!selected.isEmpty()) {
                        selected.forEach(o -> values.add(o.attr("value")));
                    } else if (!in.hasAttr("multiple") && !in.select("option").isEmpty()) {
                        values.add(in.select("option").first().attr("value"));
                    }
                }
                default -> {
                    if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !in.hasAttr("checked")) {
                        continue;
                    }
                    values.add(in.attr("value"));
                }
            }
        }
        fields.values().removeIf(List::isEmpty);
        return fields;
    }

    // ---- creating forms: the new row belongs where the path says, in its initial state

    /** A creating form: the new row of the table must have the expected values, whatever extras say. */
    record Create(String user, String page, String action, String table, Map<String, String> overrides,
            Map<String, Object> expected) {}

    @Test
    void extraParametersOnCreatingFormsDoNotChooseSchoolMunicipalityOwnerOrState() throws Exception {
        long school1 = Fixtures.school1(jdbc);
        long school2 = Fixtures.school2(jdbc);
        long foreign = Fixtures.foreignSchoolWithPair(schools, jdbc, people, pairing);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                school1);
        long foreignMunicipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                foreign);
        long person = jdbc.queryForObject("select min(id) from person where school_id = ? and kind = 'STUDENT'",
                Long.class, school1);
        long otherPerson = jdbc.queryForObject("select min(id) from person where school_id = ?", Long.class, school2);
        long teacher = jdbc.queryForObject("select min(m.person_id) from mentor_profile m join person p on p.id ="
                + " m.person_id where m.school_id = ? and p.kind = 'TEACHER' and m.in_base", Long.class, school1);
        long formId = jdbc.queryForObject("select id from mentoring_form where code = 'TEACHER_STUDENT'", Long.class);
        String today = java.time.LocalDate.now().toString();

        List<Create> creates = List.of(
                new Create("curator1", "/schools/" + school1 + "/people/new?kind=STUDENT", "/schools/" + school1
                        + "/people?kind=STUDENT", "person", Map.of("lastName", "Присвоенкова", "firstName", "Ольга",
                                "grade", "5", "birthDate", "2014-05-05"),
                        Map.of("school_id", school1, "kind", "STUDENT")),
                new Create("curator1", "/people/" + person, "/people/" + person + "/consents", "consent",
                        Map.of("givenOn", today, "givenBy", "REPRESENTATIVE", "representativeName", "Присвоенков Олег"),
                        Map.of("person_id", person)),
                new Create("curator1", "/schools/" + school1 + "/pairs/new", "/schools/" + school1 + "/pairs",
                        "mentoring_pair", Map.of("formId", Long.toString(formId), "mentorId", Long.toString(teacher),
                                "menteeIds", Long.toString(person), "startDate", java.time.LocalDate.now()
                                        .plusYears(2).toString(), "plannedEnd", java.time.LocalDate.now()
                                        .plusYears(3).toString(), "goal", "Проверка присвоения полей"),
                        Map.of("school_id", school1, "status", "DRAFT")),
                new Create("department", "/roadmaps/municipal/" + municipality + "/sections/new",
                        "/roadmaps/municipal/" + municipality + "/sections", "municipal_section",
                        Map.of("number", "99.", "title", "Раздел проверки присвоения"),
                        Map.of("municipality_id", municipality)),
                new Create("department", "/documents/municipalities/" + municipality + "/acts",
                        "/documents/municipalities/" + municipality + "/acts", "normative_act",
                        Map.of("title", "Акт проверки присвоения"), Map.of("municipality_id", municipality)));

        List<String> failures = new ArrayList<>();
        int extrasSent = 0;
        for (Create c : creates) {
            Map<String, String> extras = new LinkedHashMap<>();
            extras.put("id", "1");
            extras.put("schoolId", Long.toString(c.user().equals("curator1") ? school2 : foreign));
            extras.put("school", Long.toString(c.user().equals("curator1") ? school2 : foreign));
            extras.put("municipalityId", Long.toString(foreignMunicipality));
            extras.put("municipality", Long.toString(foreignMunicipality));
            extras.put("status", "ACTIVE");
            extras.put("kind", "TEACHER");
            extras.put("personId", Long.toString(otherPerson));
            extras.put("person", Long.toString(otherPerson));
            extras.put("createdBy", "1");
            extras.put("createdAt", "2001-01-01T00:00:00Z");
            Case asCase = new Case(c.user(), c.page(), c.action(), c.table(), "id", 0, Map.of());
            Map<String, List<String>> fields = formFields(asCase);
            if (fields == null) {
                failures.add(c.page() + ": no form posting to " + c.action());
                continue;
            }
            c.overrides().forEach((k, v) -> fields.put(k, List.of(v)));
            long maxBefore = jdbc.queryForObject("select coalesce(max(id), 0) from " + c.table(), Long.class);
            MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(c.action()).with(csrf())
                    .with(user(users.loadUserByUsername(c.user())));
            fields.forEach((k, vs) -> post.param(k, vs.toArray(String[]::new)));
            for (Map.Entry<String, String> x : extras.entrySet()) {
                // the query string's own parameters (kind=STUDENT) and the form's fields are the user's to set
                if (!fields.containsKey(x.getKey()) && !c.action().contains(x.getKey() + "=")) {
                    post.param(x.getKey(), x.getValue());
                    extrasSent++;
                }
            }
            MockHttpServletResponse response = mvc.perform(post).andReturn().getResponse();
            List<Map<String, Object>> created = jdbc.queryForList("select * from " + c.table() + " where id > ?",
                    maxBefore);
            try {
                if (response.getStatus() != 302 || created.size() != 1) {
                    failures.add(c.action() + " as " + c.user() + ": the valid form was not accepted ("
                            + response.getStatus() + ", " + created.size() + " rows) " + errorsOn(response));
                    continue;
                }
                Map<String, Object> row = created.get(0);
                c.expected().forEach((column, value) -> {
                    if (!String.valueOf(value).equals(String.valueOf(row.get(column)))) {
                        failures.add(c.action() + " as " + c.user() + ": new " + c.table() + "." + column + " is «"
                                + row.get(column) + "», expected «" + value + "»");
                    }
                });
                if (Long.valueOf(1).equals(row.get("id"))) {
                    failures.add(c.action() + ": the new row took the id the request named");
                }
            } finally {
                created.forEach(r -> jdbc.update("delete from " + c.table() + " where id = ?", r.get("id")));
            }
        }
        System.out.printf("MassAssignmentTest: %d creating forms, %d forbidden parameters sent%n", creates.size(),
                extrasSent);
        assertThat(failures).isEmpty();
        assertThat(extrasSent).isGreaterThan(creates.size() * 8);
    }

    private Map<String, Object> row(Case c) {
        return jdbc.queryForMap("select * from " + c.table() + " where " + c.key() + " = ?", c.id());
    }

    private static String snake(String field) {
        String f = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        return f.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String errorsOn(MockHttpServletResponse response) throws Exception {
        Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        return doc.select(".invalid-feedback, .alert").eachText().toString();
    }
}
