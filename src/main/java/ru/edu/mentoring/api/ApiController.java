package ru.edu.mentoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.snapshots.LiveFigures;
import ru.edu.mentoring.snapshots.SnapshotFigures;
import ru.edu.mentoring.snapshots.SnapshotPeriod;
import ru.edu.mentoring.snapshots.Snapshots;

/**
 * The read-only API. Every answer is counts, shares and the names of organisations and forms: never a person (not
 * even the staff who signed a snapshot off). The figures are those of the monitoring dashboard as of 31 December of
 * the year asked, or today for the current year.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Наставничество: показатели для региональных систем")
@SecurityRequirement(name = ApiDocs.BEARER)
class ApiController {

    /** Coverage and indicators of a region: its municipalities and their sums, shares recomputed from the sums. */
    record RegionFigures(String region, LocalDate asOf, int year, SnapshotFigures.Share coverage, long mentors,
            long trainedMentors, SnapshotFigures.Share trainedMentorsShare, long pairs, long pairsCompletedWithFinal,
            List<MunicipalityLine> municipalities) {}

    /** A municipality's line of a region. */
    record MunicipalityLine(long id, String name, SnapshotFigures.Share coverage, long mentors, long trainedMentors,
            long pairs, long pairsCompletedWithFinal) {}

    /** One school's figures. */
    record SchoolFigures(long id, String name, long municipalityId, String municipalityName, String region,
            LocalDate asOf, int year, SnapshotFigures.Share coverage, long mentors, long trainedMentors,
            Map<String, Long> pairsByForm, long pairsCompletedWithFinal) {}

    /** A snapshot version as regional systems see it (who signed it off is left out: a person). */
    record SnapshotDto(long id, long municipalityId, String municipalityName, String region, int year,
            SnapshotPeriod period, LocalDate asOf, int version, ApprovalStatus status, LocalDateTime statusChangedAt,
            LocalDateTime signedAt, SnapshotFigures figures) {

        static SnapshotDto of(Snapshots.SnapshotView v) {
            return new SnapshotDto(v.id(), v.municipalityId(), v.municipalityName(), v.regionName(), v.periodYear(),
                    v.period(), v.asOf(), v.versionNo(), v.status(), v.statusChangedAt(), v.signedAt(), v.figures());
        }
    }

    /** The region's summary from the accepted snapshots. */
    record RegionSnapshots(String region, SnapshotFigures.Share coverage, long mentors, long trainedMentors,
            long pairs, long pairsCompletedWithFinal, int accepted, List<AcceptedLine> municipalities) {}

    record AcceptedLine(long municipalityId, String municipalityName, SnapshotDto accepted) {}

    private final LiveFigures live;
    private final Snapshots snapshots;
    private final Schools schools;

    ApiController(LiveFigures live, Snapshots snapshots, Schools schools) {
        this.live = live;
        this.snapshots = snapshots;
        this.schools = schools;
    }

    @Operation(summary = "Охват и показатели региона",
            description = "Муниципалитеты региона и суммы по ним; доли пересчитаны из сумм. Токен региона.")
    @GetMapping("/region/coverage")
    RegionFigures region(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Регион (по умолчанию — регион токена)") @RequestParam(required = false)
            String region, @Parameter(description = "Год, по умолчанию текущий") @RequestParam(required = false)
            Integer year) {
        String name = region(client, region);
        LocalDate date = date(year);
        List<MunicipalityLine> lines = new ArrayList<>();
        long involved = 0;
        long students = 0;
        boolean anyCount = false;
        long mentors = 0;
        long trained = 0;
        long pairs = 0;
        long completed = 0;
        LocalDate asOf = live.asOf(date);
        for (MunicipalitySummary m : snapshots.municipalitiesOf(name)) {
            if (m.schoolCount() == 0) {
                lines.add(new MunicipalityLine(m.id(), m.name(), SnapshotFigures.Share.of(0, null, null), 0, 0, 0, 0));
                continue;
            }
            SnapshotFigures f = live.of(m.id(), name, date);
            asOf = f.asOf();
            lines.add(new MunicipalityLine(m.id(), m.name(), f.coverage(), f.mentors(), f.trainedMentors(), f.pairs(),
                    f.pairsCompletedWithFinal()));
            involved += f.coverage().part();
            if (f.coverage().whole() != null) {
                students += f.coverage().whole();
                anyCount = true;
            }
            mentors += f.mentors();
            trained += f.trainedMentors();
            pairs += f.pairs();
            completed += f.pairsCompletedWithFinal();
        }
        return new RegionFigures(name, asOf, asOf.getYear(),
                SnapshotFigures.Share.of(involved, anyCount ? Math.toIntExact(students) : null, null), mentors,
                trained, SnapshotFigures.Share.of(trained, mentors == 0 ? null : Math.toIntExact(mentors), null),
                pairs, completed, lines);
    }

    @Operation(summary = "Сводка региона по принятым снимкам",
            description = "По каждому муниципалитету — последний принятый регионом снимок; суммы по принятым.")
    @GetMapping("/region/snapshots")
    RegionSnapshots regionSnapshots(@AuthenticationPrincipal ApiClient client,
            @RequestParam(required = false) String region) {
        Snapshots.RegionSummary s = snapshots.regionSummary(region(client, region));
        return new RegionSnapshots(s.regionName(), s.coverage(), s.mentors(), s.trainedMentors(), s.pairs(),
                s.pairsCompletedWithFinal(), s.accepted(), s.lines().stream().map(l -> new AcceptedLine(
                        l.municipalityId(), l.municipalityName(),
                        l.accepted() == null ? null : SnapshotDto.of(l.accepted()))).toList());
    }

    @Operation(summary = "Охват и показатели муниципалитета",
            description = "Те же показатели, что на панели мониторинга муниципалитета, с разбивкой по организациям.")
    @GetMapping("/municipalities/{id}/coverage")
    SnapshotFigures municipality(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
            @RequestParam(required = false) Integer year) {
        MunicipalitySummary m = municipality(client, id);
        if (m.schoolCount() == 0) {
            throw new NotFoundException();
        }
        return live.of(m.id(), m.regionName(), date(year));
    }

    @Operation(summary = "Охват и показатели организации")
    @GetMapping("/schools/{id}/coverage")
    SchoolFigures school(@AuthenticationPrincipal ApiClient client, @PathVariable long id,
            @RequestParam(required = false) Integer year) {
        SchoolSummary school = schools.summariesOf(List.of(id)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        MunicipalitySummary m = municipality(client, school.municipalityId());
        SnapshotFigures f = live.of(m.id(), m.regionName(), date(year));
        SnapshotFigures.School s = f.schools().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
        return new SchoolFigures(s.id(), s.name(), m.id(), m.name(), m.regionName(), f.asOf(), f.year(),
                s.coverage(), s.mentors(), s.trainedMentors(), s.pairsByForm(), s.pairsCompletedWithFinal());
    }

    @Operation(summary = "Снимки муниципалитета", description = "Все версии, отправленные в регион (без показателей).")
    @GetMapping("/municipalities/{id}/snapshots")
    List<SnapshotDto> snapshotsOf(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        municipality(client, id);
        return snapshots.sentOf(id).stream().map(SnapshotDto::of).toList();
    }

    @Operation(summary = "Одна версия снимка", description = "Зафиксированные показатели версии, её состояние и даты.")
    @GetMapping("/snapshots/{id}")
    SnapshotDto snapshot(@AuthenticationPrincipal ApiClient client, @PathVariable long id) {
        Snapshots.SnapshotView v = snapshots.sent(id).orElseThrow(NotFoundException::new);
        municipality(client, v.municipalityId());
        return SnapshotDto.of(v);
    }

    // --- scope -------------------------------------------------------------------------------------------------

    private String region(ApiClient client, String requested) {
        String name = requested == null || requested.isBlank() ? client.regionName() : requested.strip();
        if (name == null || !client.readsRegion(name)) {
            throw new AccessDeniedException("outside the token's scope");
        }
        return name;
    }

    /** The municipality, 404 when it does not exist, 403 outside the token's scope. */
    private MunicipalitySummary municipality(ApiClient client, long id) {
        MunicipalitySummary m = snapshots.municipality(id).orElseThrow(NotFoundException::new);
        if (!client.reads(m.id(), m.regionName())) {
            throw new AccessDeniedException("outside the token's scope");
        }
        return m;
    }

    /** The year's date: 31 December, or today for the current year; 400 for a year before 2020 or to come. */
    private LocalDate date(Integer year) {
        LocalDate today = live.asOf(null);
        if (year == null) {
            return today;
        }
        if (year < 2020 || year > today.getYear()) {
            throw new ApiAdvice.BadRequest("api.error.year");
        }
        return LocalDate.of(year, 12, 31);
    }

}
