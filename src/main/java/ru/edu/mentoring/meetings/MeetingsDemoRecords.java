package ru.edu.mentoring.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * The demo's meeting logs, plans and final events (module demo, {@code MeetingsDemoData}): written straight into this
 * module's tables, one transaction per school. A completed pair of last year gets its whole sequence ending with the
 * final meeting on its end date (the pair is already completed, so nothing is completed again); this year's running
 * pairs get logs of different completeness — some on track, some stalled past the school's N days, some with none.
 */
@Component
public class MeetingsDemoRecords {

    private final MeetingRepository meetings;
    private final PlanActivityRepository activities;
    private final FinalEventRepository events;
    private final Meetings service;
    private final People people;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    MeetingsDemoRecords(MeetingRepository meetings, PlanActivityRepository activities, FinalEventRepository events,
            Meetings service, People people, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.activities = activities;
        this.events = events;
        this.service = service;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** Whether any of these schools has a meeting already (the demo runs once). */
    @Transactional(readOnly = true)
    public boolean anyIn(List<Long> schoolIds) {
        return !schoolIds.isEmpty() && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from meeting where school_id = any(?))", Boolean.class,
                (Object) schoolIds.toArray(Long[]::new)));
    }

    /** The school's meeting logs and plans; with {@code finalEvent}, last year's final event too. */
    @Transactional
    public void load(long schoolId, boolean finalEvent) {
        LocalDate today = people.today();
        int year = AcademicYear.of(today);
        // last year's completed groups: the whole sequence, the final meeting on the day the pair ended
        List<Long> completed = jdbc.queryForList("select id from pairing_pair_v where school_id = ? and status ="
                + " 'COMPLETED' and end_date between ? and ? order by id limit 3", Long.class, schoolId,
                java.sql.Date.valueOf(LocalDate.of(year - 1, 9, 1)), java.sql.Date.valueOf(LocalDate.of(year, 8, 31)));
        for (long pairId : completed) {
            Meetings.PairInfo pair = service.pair(pairId);
            LocalDate end = pair.endDate();
            LocalDate start = pair.startDate();
            long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
            meeting(pair, MeetingType.ACQUAINTANCE, start.plusDays(Math.min(3, span)), true,
                    "Знакомство, ожидания от работы", "Договорились о графике встреч по вторникам", null, 9, 9);
            meeting(pair, MeetingType.TRIAL, start.plusDays(span / 8), false, "Пробное занятие по математике",
                    "Определили трудные темы", "Повторить дроби", 8, 8);
            meeting(pair, MeetingType.PLANNING, start.plusDays(span / 5), true, "Составление плана",
                    "План на полугодие утверждён", null, null, null);
            for (int i = 1; i <= 4; i++) {
                meeting(pair, MeetingType.WORKING, start.plusDays(span / 5 + i * span / 6), false,
                        "Рабочая встреча № " + i, "Разобрали задания, отметили прогресс", "Решить 5 задач", 8, 9);
            }
            meeting(pair, MeetingType.FINAL, end, true, "Подведение итогов",
                    "Средний балл группы вырос, проекты представлены на школьной конференции", null, 10, 9);
            plan(pair, true);
        }
        // this year's running pairs: on track, stalled, or without meetings
        List<Long> running = jdbc.queryForList("select id from pairing_pair_v where school_id = ? and status ="
                + " 'ACTIVE' order by id", Long.class, schoolId);
        int stall = service.stallDays(schoolId);
        for (int i = 0; i < running.size(); i++) {
            Meetings.PairInfo pair = service.pair(running.get(i));
            LocalDate start = pair.startDate();
            switch (i % 3) {
                case 0 -> {
                    // on track: the sequence, then a working meeting every two weeks up to last week
                    meeting(pair, MeetingType.ACQUAINTANCE, clamp(start.plusDays(2), start, today), true,
                            "Знакомство", "Обсудили цели и формат встреч", null, 9, 8);
                    meeting(pair, MeetingType.TRIAL, clamp(start.plusDays(9), start, today), false,
                            "Пробная рабочая встреча", "Выбрали тему первого проекта", null, null, null);
                    meeting(pair, MeetingType.PLANNING, clamp(start.plusDays(16), start, today), false,
                            "Планирование", "Составлен индивидуальный план", "Прочитать памятку", 8, 8);
                    for (LocalDate d = start.plusDays(30); !d.isAfter(today.minusDays(3)); d = d.plusDays(14)) {
                        meeting(pair, MeetingType.WORKING, d, false, "Рабочая встреча",
                                "Работа по плану, разбор домашнего задания", "Подготовить вопросы", 8, 9);
                    }
                    plan(pair, false);
                }
                case 1 -> {
                    // stalled: met once at the start, nothing since (flagged once N days have passed)
                    LocalDate first = clamp(start.plusDays(1), start, today.minusDays(stall + 5));
                    if (!first.isBefore(start)) {
                        meeting(pair, MeetingType.ACQUAINTANCE, first, false, "Знакомство", null, null, null, null);
                    }
                }
                default -> {
                    // no meeting yet
                }
            }
        }
        if (finalEvent) {
            List<Participant> mentors = people.mentorBase(schoolId, today);
            FinalEvent event = new FinalEvent(schoolId, year - 1);
            event.define(LocalDate.of(year, 5, 22), "Фестиваль наставничества (очно)", 86,
                    "Кейс «Равный – равному»: адаптация пятиклассников; кейс «Проект вместе с наставником».",
                    "https://school1.example.org/nastavnichestvo/itogi", Set.copyOf(mentors.stream().limit(2)
                            .map(Participant::id).toList()));
            events.save(event);
        }
    }

    private static LocalDate clamp(LocalDate d, LocalDate from, LocalDate to) {
        return d.isBefore(from) ? from : d.isAfter(to) ? to : d;
    }

    private void meeting(Meetings.PairInfo pair, MeetingType type, LocalDate on, boolean curator, String topic,
            String outcome, String homework, Integer mentorRating, Integer menteeRating) {
        Meeting m = new Meeting(pair.id(), pair.schoolId(), null);
        m.define(new MeetingCommand(type, on.atTime(LocalTime.of(15, 0)), 40, MeetingFormat.IN_PERSON, topic, null,
                outcome, homework, curator, mentorRating, menteeRating, pair.memberIds()));
        meetings.save(m);
    }

    private void plan(Meetings.PairInfo pair, boolean allDone) {
        LocalDate start = pair.startDate();
        List<String[]> items = new ArrayList<>();
        items.add(new String[] {"Адаптация", "Экскурсия по школе и знакомство с кружками", "очно", "Наставляемый"
                + " выбрал кружок"});
        items.add(new String[] {"Учёба", "Еженедельный разбор трудных тем", "очно", "Нет неудовлетворительных"
                + " оценок за четверть"});
        items.add(new String[] {"Проект", "Подготовка проекта к школьной конференции", "смешанный", "Проект"
                + " представлен"});
        for (int i = 0; i < items.size(); i++) {
            String[] it = items.get(i);
            PlanActivity a = new PlanActivity(pair.id(), pair.schoolId());
            LocalDate due = start.plusMonths(2L * (i + 1));
            boolean done = allDone || (i == 0 && !due.isAfter(people.today()));
            a.define(it[0], it[1], due, it[2], it[3], done, done ? due : null);
            activities.save(a);
        }
    }
}
