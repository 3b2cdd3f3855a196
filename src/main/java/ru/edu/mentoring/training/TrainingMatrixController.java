package ru.edu.mentoring.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.Xlsx;

/**
 * The mentors' training matrix: of a school (every mentor of its base × courses and credentials, trained or not,
 * hours) for whoever reads the school, and of a municipality (per school: mentors in the base, trained, share) for
 * department staff and methodologists of it, the administrator and the regional observer; both as XLSX.
 */
@Controller
class TrainingMatrixController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Trainings trainings;
    private final Schools schools;
    private final People people;
    private final AuditLog audit;
    private final MessageSource messages;

    TrainingMatrixController(Trainings trainings, Schools schools, People people, AuditLog audit,
            MessageSource messages) {
        this.trainings = trainings;
        this.schools = schools;
        this.people = people;
        this.audit = audit;
        this.messages = messages;
    }

    /** The entry of the navigation: one's own matrix, or the list of municipalities for those who see them all. */
    @GetMapping("/training")
    String start(CurrentUser user, Model model) {
        if (user.seesWholeMunicipality()) {
            return "redirect:/municipalities/" + user.municipalityId() + "/training";
        }
        if (!user.readsSeveralMunicipalities()) {
            List<SchoolSummary> own = schools.visibleTo(user);
            if (own.size() == 1) {
                return "redirect:/schools/" + own.get(0).id() + "/training";
            }
            model.addAttribute("schools", own);
            model.addAttribute("municipalities", List.of());
        } else {
            model.addAttribute("schools", List.of());
            model.addAttribute("municipalities", schools.municipalities(user));
        }
        return "training/start";
    }

    @GetMapping("/schools/{id}/training")
    String school(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, id);
        List<Trainings.MatrixRow> rows = trainings.schoolMatrix(id);
        auditMinors(id, rows, "VIEW");
        model.addAttribute("school", school);
        model.addAttribute("rows", rows);
        model.addAttribute("trainedCount", rows.stream().filter(Trainings.MatrixRow::trained).count());
        model.addAttribute("today", trainings.today());
        model.addAttribute("canEdit", user.editsSchoolData(id));
        return "training/matrix";
    }

    @GetMapping("/schools/{id}/training.xlsx")
    ResponseEntity<byte[]> schoolXlsx(@PathVariable long id, CurrentUser user, Locale locale) {
        SchoolSummary school = schools.readable(user, id);
        List<Trainings.MatrixRow> rows = trainings.schoolMatrix(id);
        auditMinors(id, rows, "EXPORT");
        LocalDate today = trainings.today();
        List<String> headers = List.of(msg("matrix.col.mentor", locale), msg("matrix.col.trained", locale),
                msg("matrix.col.hours", locale), msg("matrix.col.courses", locale),
                msg("matrix.col.category", locale), msg("matrix.col.honorary", locale),
                msg("matrix.col.other", locale));
        List<List<Object>> data = new ArrayList<>();
        for (Trainings.MatrixRow r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(r.fullName());
            row.add(msg(r.trained() ? "matrix.yes" : "matrix.no", locale));
            row.add(r.hours());
            row.add(r.courses().stream().map(c -> c.getTitle() + " (" + DATE.format(c.getEndDate())
                    + (c.getHours() == null ? "" : ", " + c.getHours() + " ч.") + ")")
                    .collect(Collectors.joining("; ")));
            row.add(r.category() == null ? "" : messages.getMessage(
                    r.categoryExpired() ? "matrix.category.expired" : "matrix.category.valid",
                    new Object[] {DATE.format(r.category().getExpiresOn())}, locale));
            row.add(msg(r.honorary() ? "matrix.yes" : "matrix.no", locale));
            row.add(r.other().stream().map(MentorCredential::getTitle).collect(Collectors.joining("; ")));
            data.add(row);
        }
        String title = messages.getMessage("matrix.xlsx.title", new Object[] {school.shortName(), DATE.format(today)},
                locale);
        return xlsx(msg("matrix.sheet", locale), title, headers, data, 0, "training-" + id + "-" + today + ".xlsx");
    }

    @GetMapping("/municipalities/{id}/training")
    String municipality(@PathVariable long id, CurrentUser user, Model model) {
        MunicipalitySummary m = readableMunicipality(user, id);
        List<Trainings.SchoolRow> rows = trainings.municipalMatrix(id);
        model.addAttribute("municipality", m);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total(rows));
        model.addAttribute("today", trainings.today());
        return "training/municipality";
    }

    @GetMapping("/municipalities/{id}/training.xlsx")
    ResponseEntity<byte[]> municipalityXlsx(@PathVariable long id, CurrentUser user, Locale locale) {
        MunicipalitySummary m = readableMunicipality(user, id);
        List<Trainings.SchoolRow> rows = trainings.municipalMatrix(id);
        List<String> headers = List.of(msg("matrix.col.school", locale), msg("matrix.col.mentors", locale),
                msg("matrix.col.trainedMentors", locale), msg("matrix.col.share", locale));
        List<List<Object>> data = new ArrayList<>();
        for (Trainings.SchoolRow r : rows) {
            data.add(row(r.school().shortName(), r));
        }
        data.add(row(msg("matrix.total", locale), total(rows)));
        String title = messages.getMessage("matrix.xlsx.municipalTitle",
                new Object[] {m.name(), DATE.format(trainings.today())}, locale);
        return xlsx(msg("matrix.sheet", locale), title, headers, data, 1,
                "training-municipality-" + id + "-" + trainings.today() + ".xlsx");
    }

    private static List<Object> row(String name, Trainings.SchoolRow r) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(r.mentors());
        row.add(r.trained());
        row.add(r.share() == null ? null : new Xlsx.Percent(r.share().doubleValue() / 100));
        return row;
    }

    private static Trainings.SchoolRow total(List<Trainings.SchoolRow> rows) {
        return new Trainings.SchoolRow(null, rows.stream().mapToLong(Trainings.SchoolRow::mentors).sum(),
                rows.stream().mapToLong(Trainings.SchoolRow::trained).sum());
    }

    private MunicipalitySummary readableMunicipality(CurrentUser user, long id) {
        boolean allowed = user.readsMunicipality(id);
        if (!allowed) {
            throw new NotFoundException();
        }
        return schools.municipalities(user).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private ResponseEntity<byte[]> xlsx(String sheet, String title, List<String> headers, List<List<Object>> rows,
            int totalRows, String fileName) {
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            bytes = x.sheet(sheet, title, headers, rows, totalRows).toBytes();
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(bytes);
    }

    private void auditMinors(long schoolId, List<Trainings.MatrixRow> rows, String action) {
        List<Long> ids = rows.stream().map(Trainings.MatrixRow::personId).toList();
        List<Long> minors = people.participants(ids, people.today()).values().stream().filter(Participant::minor)
                .map(Participant::id).toList();
        audit.recordRead(action, "TrainingMatrix", schoolId, schoolId, minors);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
