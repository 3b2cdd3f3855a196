package ru.edu.mentoring.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.PasswordLinkIssued;
import ru.edu.mentoring.approval.ApprovalDecided;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.SubjectKind;
import ru.edu.mentoring.notifications.NotificationKind;
import ru.edu.mentoring.notifications.Notifications;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.TestMail;

/**
 * E-mail through a real SMTP server (GreenMail in this JVM): every notification becomes a letter in Russian (plain
 * text and HTML, the portal's address in the link) through the outbox, as each user chose; password links always go;
 * nothing is lost while the server is down; a thousand notifications do not slow the request that caused them.
 */
class MailTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MailDelivery delivery;

    @Autowired
    MailDigest digest;

    @Autowired
    MailPreferences preferences;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Notifications notifications;

    @Autowired
    Letters letters;

    @Autowired
    Clock clock;

    private MailFixtures.World world(int staff) {
        return MailFixtures.world(schools, accounts, roadmaps, jdbc, staff);
    }

    private static String subject(MimeMessage m) throws Exception {
        return m.getSubject();
    }

    private void returned(MailFixtures.World w, String comment) {
        tx.executeWithoutResult(s -> events.publishEvent(new ApprovalDecided(SubjectKind.ROADMAP, w.roadmapId(),
                w.schoolId(), w.municipalityId(), "МАОУ СОШ № 5", "Отделова О. И.", ApprovalStatus.RETURNED,
                comment)));
    }

    @Test
    void aReturnedRoadmapReachesTheCuratorByEmailInRussianWithTheCommentAndTheLink() throws Exception {
        MailFixtures.World w = world(1);
        delivery.deliverDue();
        returned(w, "Добавьте мероприятия по обучению наставников.");
        delivery.deliverDue();
        List<MimeMessage> received = TestMail.to(w.curatorEmail());
        MimeMessage letter = received.stream().filter(m -> {
            try {
                return m.getSubject().contains("возвращена");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(subject(letter)).isEqualTo(
                "Наставничество: МАОУ СОШ № 5: дорожная карта возвращена на доработку (Отделова О. И.).");
        assertThat(letter.getFrom()[0].toString()).isEqualTo("noreply@nastavnichestvo.test");
        String text = MailFixtures.plain(letter);
        assertThat(text).contains("Здравствуйте, Письмова Анна Сергеевна!",
                "Комментарий: Добавьте мероприятия по обучению наставников.",
                "https://nastavnichestvo.test/roadmaps/" + w.roadmapId(),
                "https://nastavnichestvo.test/settings/notifications");
        String html = MailFixtures.html(letter);
        assertThat(html).contains("href=\"https://nastavnichestvo.test/roadmaps/" + w.roadmapId() + "\"",
                "Комментарий: Добавьте мероприятия по обучению наставников.");
        assertThat(jdbc.queryForObject("select status from mail_outbox where user_id = ? and letter = 'NOTIFICATION'"
                + " order by id desc limit 1", String.class, w.curatorId())).isEqualTo("SENT");
    }

    @Test
    void appointingACuratorTellsThemByBellAndEmail() throws Exception {
        MailFixtures.World w = world(0);
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and kind = ?",
                Long.class, w.curatorId(), NotificationKind.CURATOR_APPOINTED.name())).isEqualTo(1);
        delivery.deliverDue();
        assertThat(TestMail.to(w.curatorEmail())).anySatisfy(m -> assertThat(m.getSubject())
                .startsWith("Наставничество: МАОУ СОШ № 5").contains("вы назначены куратором наставничества",
                        "приказ № 5-о"));
    }

    @Test
    void aRolledBackActionWritesNoLetter() {
        MailFixtures.World w = world(0);
        long before = jdbc.queryForObject("select count(*) from mail_outbox where user_id = ?", Long.class,
                w.curatorId());
        tx.executeWithoutResult(s -> {
            notifications.send(List.of(w.curatorId()), NotificationKind.ROADMAP_APPROVED, w.schoolId(), "Школа",
                    "Тест", null, "/roadmaps");
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ?", Long.class,
                w.curatorId())).isEqualTo(before);
    }

    @Test
    void theBellOnlyChoiceSendsNoLetterAndTheDigestGathersTheDayIntoOne() throws Exception {
        MailFixtures.World w = world(0);
        delivery.deliverDue();
        long version = preferences.of(w.curatorId()).version();
        preferences.save(w.curatorId(), Map.of(NotificationKind.ROADMAP_RETURNED, DeliveryChoice.BELL,
                NotificationKind.ROADMAP_APPROVED, DeliveryChoice.DIGEST,
                NotificationKind.REPORT_APPROVED, DeliveryChoice.DIGEST), version);
        int before = TestMail.to(w.curatorEmail()).size();
        returned(w, "Не хватает сроков.");
        for (SubjectKind kind : List.of(SubjectKind.ROADMAP, SubjectKind.REPORT)) {
            tx.executeWithoutResult(s -> events.publishEvent(new ApprovalDecided(kind, 7, w.schoolId(),
                    w.municipalityId(), "МАОУ СОШ № 5", "Отделова О. И.", ApprovalStatus.APPROVED, null)));
        }
        delivery.deliverDue();
        assertThat(TestMail.to(w.curatorEmail())).as("bell only, digest held").hasSize(before);
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and kind in"
                + " ('ROADMAP_RETURNED', 'ROADMAP_APPROVED', 'REPORT_APPROVED')", Long.class, w.curatorId()))
                .as("the bell hears everything").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'HELD'",
                Long.class, w.curatorId())).isEqualTo(2);

        digest.gather();
        delivery.deliverDue();
        List<MimeMessage> after = TestMail.to(w.curatorEmail());
        assertThat(after).hasSize(before + 1);
        MimeMessage d = after.get(after.size() - 1);
        assertThat(d.getSubject()).isEqualTo("Наставничество: уведомления за день (2 новых)");
        assertThat(MailFixtures.plain(d)).contains("дорожная карта согласована управлением образования",
                "годовой отчёт принят управлением образования", "https://nastavnichestvo.test/reports/7")
                .doesNotContain("возвращена");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'DIGESTED'"
                + " and digest_id is not null", Long.class, w.curatorId())).isEqualTo(2);
        digest.gather();
        delivery.deliverDue();
        assertThat(TestMail.to(w.curatorEmail())).as("a digest is sent once").hasSize(before + 1);
    }

    @Test
    void aPasswordLinkGoesAtOnceWhateverTheChoicesAndIsNotKeptOnceSent() throws Exception {
        MailFixtures.World w = world(0);
        long version = preferences.of(w.curatorId()).version();
        Map<NotificationKind, DeliveryChoice> bell = new java.util.EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            bell.put(k, DeliveryChoice.BELL);
        }
        preferences.save(w.curatorId(), bell, version);
        Instant expires = Instant.parse("2026-12-24T09:30:00Z");
        String link = "https://nastavnichestvo.test/password/set?token=abc123XYZ";
        tx.executeWithoutResult(s -> events.publishEvent(new PasswordLinkIssued(w.curatorId(), w.curatorEmail(),
                "Письмова Анна Сергеевна", link, expires, PasswordLinkIssued.Purpose.NEW_ACCOUNT)));
        tx.executeWithoutResult(s -> events.publishEvent(new PasswordLinkIssued(w.curatorId(), w.curatorEmail(),
                "Письмова Анна Сергеевна", link + "2", expires, PasswordLinkIssued.Purpose.RESET)));
        delivery.deliverDue();
        List<MimeMessage> got = TestMail.to(w.curatorEmail()).stream().filter(m -> {
            try {
                return !m.getSubject().startsWith("Наставничество");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(got).extracting(MimeMessage::getSubject)
                .containsExactly("Установите пароль", "Восстановление пароля");
        assertThat(MailFixtures.plain(got.get(0))).contains(link, "действует до 24.12.2026 12:30",
                "создана учётная запись");
        assertThat(MailFixtures.html(got.get(1))).contains("href=\"" + link + "2\"", "запрошена смена пароля");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and letter ="
                + " 'PASSWORD_LINK' and status = 'SENT' and body_text is null and body_html is null", Long.class,
                w.curatorId())).as("the raw token is not kept once sent").isEqualTo(2);
    }

    @Test
    void lettersOfAWorkflowDoneWhileTheServerIsDownAreDeliveredExactlyOnceWhenItIsBack() throws Exception {
        MailFixtures.World w = world(3);
        delivery.deliverDue();
        HttpSession curator = HttpSession.loggedIn(port, w.curatorLogin(), "demo-password-"
                + w.curatorLogin().substring("mailcur".length()));
        String page = curator.get("/roadmaps/" + w.roadmapId()).body();
        TestMail.stop();
        try {
            HttpResponse<String> submit = curator.post("/roadmaps/" + w.roadmapId() + "/submit",
                    "_csrf=" + HttpSession.enc(HttpSession.csrf(page)) + "&version="
                            + roadmaps.currentVersion(w.roadmapId()));
            assertThat(submit.statusCode()).as("the action succeeds with the mail server down").isEqualTo(302);
            delivery.deliverDue();
            Thread.sleep(100);
            delivery.deliverDue();
        } finally {
            TestMail.start();
        }
        assertThat(jdbc.queryForList("select status || ':' || attempts || ':' || (last_error is not null)"
                + " from mail_outbox where user_id = any(?) and letter = 'NOTIFICATION'", String.class,
                (Object) w.departmentIds().toArray(Long[]::new)))
                .as("waiting, failed twice, error kept").containsOnly("PENDING:2:true");
        Thread.sleep(150);
        delivery.deliverDue();
        delivery.deliverDue();
        for (long id : w.departmentIds()) {
            String email = jdbc.queryForObject("select email from app_user where id = ?", String.class, id);
            List<MimeMessage> got = TestMail.to(email);
            assertThat(got).as("exactly once").hasSize(1);
            assertThat(got.get(0).getSubject()).contains("дорожная карта отправлена на согласование");
            assertThat(MailFixtures.plain(got.get(0)))
                    .contains("https://nastavnichestvo.test/roadmaps/" + w.roadmapId());
        }
        assertThat(jdbc.queryForList("select status from mail_outbox where user_id = any(?)", String.class,
                (Object) w.departmentIds().toArray(Long[]::new))).containsOnly("SENT");
    }

    @Test
    void aThousandNotificationsInOneRequestReturnWithinASecondAndAreSentLater() {
        MailFixtures.World w = world(1000);
        HttpSession curator = HttpSession.loggedIn(port, w.curatorLogin(), "demo-password-"
                + w.curatorLogin().substring("mailcur".length()));
        String page = curator.get("/roadmaps/" + w.roadmapId()).body();
        String form = "_csrf=" + HttpSession.enc(HttpSession.csrf(page)) + "&version="
                + roadmaps.currentVersion(w.roadmapId());
        long started = System.nanoTime();
        HttpResponse<String> submit = curator.post("/roadmaps/" + w.roadmapId() + "/submit", form);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.println("MAIL-BENCH: submit with 1000 department staff answered in " + millis + " ms");
        assertThat(submit.statusCode()).isEqualTo(302);
        Long[] staff = w.departmentIds().toArray(Long[]::new);
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = any(?)", Long.class,
                (Object) staff)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = any(?) and status ="
                + " 'PENDING'", Long.class, (Object) staff)).as("written, not yet sent").isEqualTo(1000);
        assertThat(millis).as("the request does not wait for mail").isLessThan(1000);
        // the thousand letters are not the other tests' business
        jdbc.update("delete from mail_outbox where user_id = any(?)", (Object) staff);
    }

    @Test
    void withoutAnSmtpServerLettersAreComposedAndKeptReadableForTheAdministrator() {
        MailFixtures.World w = world(0);
        ObjectProvider<JavaMailSender> none = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(JavaMailSender.class);
        MailDelivery demo = new MailDelivery(jdbc, none, notifications, letters, clock, "noreply@localhost", 100, 8,
                Duration.ofMinutes(1), Duration.ofHours(2));
        assertThat(demo.configured()).isFalse();
        returned(w, "Уточните сроки.");
        demo.deliverDue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and status = 'DEMO'"
                + " and body_text like '%Уточните сроки.%'", Long.class, w.curatorId())).isEqualTo(1);
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        String outbox = admin.get("/admin/mail?status=DEMO").body();
        assertThat(outbox).contains("Исходящие письма", w.curatorEmail(),
                "Наставничество: МАОУ СОШ № 5: дорожная карта возвращена на доработку", "Комментарий: Уточните сроки.",
                "Не отправлялось (почта не настроена)");
    }

    @Test
    void theOutboxShowsAFailureWithItsErrorAndTheCounts() {
        MailFixtures.World w = world(0);
        jdbc.update("insert into mail_outbox (user_id, recipient, letter, status, subject, body_text, attempts,"
                + " last_error, created_at, next_attempt_at) values (?, ?, 'DIGEST', 'FAILED', 'Тема', 'Текст', 8,"
                + " 'MailSendException: 550 mailbox unavailable', now(), now())", w.curatorId(), w.curatorEmail());
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        String page = admin.get("/admin/mail?status=FAILED").body();
        assertThat(page).contains("Ошибка: MailSendException: 550 mailbox unavailable", "8 попыток",
                "Не отправлено: ");
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        assertThat(curator.get("/admin/mail").statusCode()).isEqualTo(403);
    }

    @Test
    void eachUserSetsTheirOwnChoicesAStaleVersionIsRefusedAndAnUnknownChoiceToo() {
        MailFixtures.World w = world(0);
        String password = "demo-password-" + w.curatorLogin().substring("mailcur".length());
        HttpSession curator = HttpSession.loggedIn(port, w.curatorLogin(), password);
        String page = curator.get("/settings/notifications").body();
        assertThat(page).contains("Уведомления", "Дорожная карта возвращена на доработку",
                "Одним письмом в день (сводка)", "Назначение куратором");
        String csrf = HttpSession.enc(HttpSession.csrf(page));
        HttpResponse<String> saved = curator.post("/settings/notifications", "_csrf=" + csrf
                + "&version=0&kinds=ROADMAP_RETURNED&choices=DIGEST&kinds=REPORT_RETURNED&choices=BELL");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(preferences.of(w.curatorId()).choices()).containsEntry(NotificationKind.ROADMAP_RETURNED,
                DeliveryChoice.DIGEST).containsEntry(NotificationKind.REPORT_RETURNED, DeliveryChoice.BELL)
                .containsEntry(NotificationKind.ROADMAP_APPROVED, DeliveryChoice.IMMEDIATE);
        HttpResponse<String> stale = curator.post("/settings/notifications", "_csrf=" + csrf
                + "&version=0&kinds=ROADMAP_RETURNED&choices=BELL");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(preferences.of(w.curatorId()).choices()).containsEntry(NotificationKind.ROADMAP_RETURNED,
                DeliveryChoice.DIGEST);
        HttpResponse<String> bad = curator.post("/settings/notifications", "_csrf=" + csrf
                + "&version=1&kinds=ROADMAP_RETURNED&choices=FAX&kinds=NOPE&choices=BELL&userId=1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Выберите для каждого уведомления один из предложенных способов.");
        assertThat(jdbc.queryForObject("select count(*) from mail_preference where user_id = 1", Long.class))
                .as("nobody sets another's choices").isZero();
    }
}
