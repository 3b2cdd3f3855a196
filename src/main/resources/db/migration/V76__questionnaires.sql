-- Issue 20, points 4 and 5 (module questionnaires): monitoring stage 1 (quality) and stage 2 (growth).
-- Questionnaire templates as data with versions (per form of mentoring and respondent; a department's edit makes a
-- new version of its municipality, answers keep the version they answered), one-time links (only the SHA-256 of the
-- token is kept), answers stored against the pair, respondent role, wave and template version — never a person —,
-- the curator's SWOT analysis per form and year, and the exit wave offered when a pair ends with its final meeting.

create table questionnaire_template (
    id              bigserial primary key,
    form_id         bigint references mentoring_form (id),
    respondent      varchar(10) not null check (respondent in ('MENTEE', 'MENTOR', 'CURATOR')),
    municipality_id bigint references municipality (id),
    version_no      integer not null check (version_no >= 1),
    title           varchar(300) not null,
    source_note     varchar(300),
    created_at      timestamptz not null default now(),
    created_by      bigint
);
create unique index questionnaire_template_version
    on questionnaire_template (coalesce(form_id, 0), respondent, coalesce(municipality_id, 0), version_no);

create table questionnaire_question (
    id          bigserial primary key,
    template_id bigint not null references questionnaire_template (id) on delete cascade,
    position    integer not null,
    kind        varchar(10) not null check (kind in ('SCALE', 'YES_NO', 'CHOICE', 'TEXT')),
    metric_key  varchar(60) not null,
    text        varchar(500) not null,
    options     varchar(1000),
    required    boolean not null default true,
    unique (template_id, metric_key)
);
create index questionnaire_question_template on questionnaire_question (template_id, position);

create table questionnaire_link (
    id          bigserial primary key,
    token_hash  varchar(64) not null unique,
    pair_id     bigint not null references mentoring_pair (id) on delete cascade,
    school_id   bigint not null references school (id),
    respondent  varchar(10) not null check (respondent in ('MENTEE', 'MENTOR')),
    slot        integer not null default 1 check (slot between 0 and 50),
    wave        varchar(10) not null check (wave in ('ENTRY', 'EXIT')),
    template_id bigint not null references questionnaire_template (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_by  bigint
);
create index questionnaire_link_pair on questionnaire_link (pair_id);

create table questionnaire_response (
    id            bigserial primary key,
    template_id   bigint not null references questionnaire_template (id),
    school_id     bigint not null references school (id),
    pair_id       bigint references mentoring_pair (id) on delete cascade,
    form_id       bigint references mentoring_form (id),
    respondent    varchar(10) not null check (respondent in ('MENTEE', 'MENTOR', 'CURATOR')),
    slot          integer not null default 1,
    wave          varchar(10) not null check (wave in ('ENTRY', 'EXIT', 'PROCESS')),
    academic_year integer not null,
    submitted_at  timestamptz not null default now(),
    source        varchar(10) not null check (source in ('LINK', 'PAPER', 'CURATOR')),
    entered_by    bigint
);
-- one answer per respondent of a pair and wave, whatever the race between a link and a paper entry
create unique index questionnaire_response_once on questionnaire_response (pair_id, respondent, slot, wave)
    where pair_id is not null;
create unique index questionnaire_response_curator on questionnaire_response (school_id, academic_year)
    where respondent = 'CURATOR';
create index questionnaire_response_school_year on questionnaire_response (school_id, academic_year, wave);

create table questionnaire_answer (
    response_id bigint not null references questionnaire_response (id) on delete cascade,
    question_id bigint not null references questionnaire_question (id),
    metric_key  varchar(60) not null,
    scale_value integer check (scale_value between 1 and 10),
    yes_no      boolean,
    choice      varchar(200),
    text_value  varchar(2000)
);
create index questionnaire_answer_response on questionnaire_answer (response_id);

create table swot_analysis (
    id            bigserial primary key,
    school_id     bigint not null references school (id),
    form_id       bigint not null references mentoring_form (id),
    academic_year integer not null,
    strengths     varchar(4000),
    weaknesses    varchar(4000),
    opportunities varchar(4000),
    threats       varchar(4000),
    updated_at    timestamptz,
    updated_by    bigint,
    version       bigint not null default 0,
    unique (school_id, form_id, academic_year)
);

create table questionnaire_exit_offer (
    pair_id    bigint primary key references mentoring_pair (id) on delete cascade,
    school_id  bigint not null references school (id),
    offered_on date not null
);

-- the МР-42/02 appendix-2 questionnaires (wording [R]: «шаблон МР-42/02 — сверить формулировки») for the mentee and
-- the mentor of «ученик – ученик», «учитель – ученик» and «учитель – учитель», and the curator's questionnaire
insert into questionnaire_template (form_id, respondent, version_no, title, source_note)
select f.id, r.respondent, 1, r.title || ' («' || f.name || '»)', r.note
  from mentoring_form f
 cross join (values
   ('MENTEE', 'Анкета наставляемого', 'МР-42/02, приложение 2, раздел 2.1 — шаблон, сверить формулировки'),
   ('MENTOR', 'Анкета наставника', 'МР-42/02, приложение 2, раздел 2.2 — шаблон, сверить формулировки'))
       as r (respondent, title, note)
 where f.code in ('STUDENT_STUDENT', 'TEACHER_STUDENT', 'TEACHER_TEACHER');

insert into questionnaire_template (form_id, respondent, version_no, title, source_note)
values (null, 'CURATOR', 1, 'Анкета куратора',
        'МР-42/02, приложение 2, раздел 2.4 — пункты предложены по этапам Р-145, сверить формулировки');

insert into questionnaire_question (template_id, position, kind, metric_key, text, options, required)
select t.id, q.pos, q.kind, q.metric, q.txt, q.opts, q.req
  from questionnaire_template t
  join mentoring_form f on f.id = t.form_id
  join (values
   ('MENTEE', 'ALL', 10, 'YES_NO', 'seen_before', 'Сталкивались ли Вы раньше с программой наставничества?', null, true),
   ('MENTEE', 'ALL', 20, 'TEXT', 'seen_where', 'Если да, то где?', null, false),
   ('MENTEE', 'ALL', 30, 'SCALE', 'effectiveness', 'Эффективность программы наставничества', null, true),
   ('MENTEE', 'ALL', 40, 'SCALE', 'comfort', 'Насколько комфортно было общение с наставником?', null, true),
   ('MENTEE', 'ALL', 50, 'SCALE', 'personal_meetings', 'Насколько полезными/интересными были личные встречи?', null, true),
   ('MENTEE', 'ALL', 60, 'SCALE', 'group_meetings', 'Насколько полезными/интересными были групповые встречи?', null, true),
   ('MENTEE', 'ALL', 70, 'SCALE', 'planning', 'Насколько удалось спланировать работу?', null, true),
   ('MENTEE', 'ALL', 80, 'SCALE', 'plan_done', 'Насколько удалось осуществить план индивидуального развития?', null, true),
   ('MENTEE', 'ALL', 90, 'SCALE', 'clear_tasks', 'Насколько понятны были задачи программы?', null, true),
   ('MENTEE', 'ALL', 100, 'SCALE', 'satisfied', 'Насколько Вы довольны вашей совместной работой?', null, true),
   ('MENTEE', 'ALL', 110, 'TEXT', 'expectations', 'Что Вы ожидали от программы и своей роли?', null, false),
   ('MENTEE', 'ALL', 120, 'SCALE', 'expectations_met', 'Насколько оправдались Ваши ожидания?', null, true),
   ('MENTEE', 'ALL', 130, 'TEXT', 'valuable', 'Что особенно ценно было для Вас в программе?', null, false),
   ('MENTEE', 'ALL', 140, 'TEXT', 'missing', 'Чего Вам не хватило в программе и/или что хотелось бы изменить?', null, false),
   ('MENTEE', 'ALL', 150, 'YES_NO', 'liked', 'Оглядываясь назад, понравилось ли Вам участвовать в программе?', null, true),
   ('MENTEE', 'ALL', 160, 'YES_NO', 'continue', 'Хотели бы Вы продолжить работу в программе наставничества?', null, true),
   ('MENTEE', 'STUDENT', 170, 'YES_NO', 'become_mentor', 'Хотели бы Вы в будущем стать наставником?', null, true),
   ('MENTEE', 'TEACHER', 170, 'YES_NO', 'develop_5y', 'Видите ли Вы свое профессиональное развитие в данной ОО в течение следующих 5 лет?', null, true),
   ('MENTEE', 'TEACHER', 175, 'YES_NO', 'own_works', 'Появилось ли у Вас желание и/или силы реализовывать собственные профессиональные работы (статьи, исследования)?', null, true),
   ('MENTEE', 'ALL', 180, 'CHOICE', 'frequency', 'Как часто проводились встречи / мероприятия по развитию профессиональных навыков?', 'часто (1 раз в неделю)|редко (1 раз в месяц)|1 раз в полугодие|никогда', true),
   ('MENTOR', 'ALL', 10, 'YES_NO', 'seen_before', 'Сталкивались ли Вы раньше с программой наставничества?', null, true),
   ('MENTOR', 'ALL', 20, 'TEXT', 'seen_where', 'Если да, то где?', null, false),
   ('MENTOR', 'ALL', 30, 'SCALE', 'effectiveness', 'Эффективность программы наставничества', null, true),
   ('MENTOR', 'ALL', 40, 'SCALE', 'comfort', 'Насколько комфортно было общение с наставляемым?', null, true),
   ('MENTOR', 'ALL', 50, 'SCALE', 'personal_meetings', 'Насколько полезными/интересными были личные встречи?', null, true),
   ('MENTOR', 'ALL', 60, 'SCALE', 'group_meetings', 'Насколько полезными/интересными были групповые встречи?', null, true),
   ('MENTOR', 'ALL', 70, 'SCALE', 'planning', 'Насколько удалось спланировать работу?', null, true),
   ('MENTOR', 'ALL', 75, 'SCALE', 'mentee_involvement', 'Насколько Вы оцениваете включенность наставляемого в процесс?', null, true),
   ('MENTOR', 'ALL', 80, 'SCALE', 'plan_done', 'Насколько удалось осуществить план профессионального становления наставляемого?', null, true),
   ('MENTOR', 'ALL', 90, 'SCALE', 'clear_tasks', 'Насколько понятны были задачи программы?', null, true),
   ('MENTOR', 'ALL', 100, 'SCALE', 'satisfied', 'Насколько Вы довольны вашей совместной работой?', null, true),
   ('MENTOR', 'ALL', 110, 'TEXT', 'expectations', 'Что Вы ожидали от программы и своей роли?', null, false),
   ('MENTOR', 'ALL', 120, 'SCALE', 'expectations_met', 'Насколько оправдались Ваши ожидания?', null, true),
   ('MENTOR', 'ALL', 130, 'TEXT', 'valuable', 'Что особенно ценно было для Вас в программе?', null, false),
   ('MENTOR', 'ALL', 140, 'TEXT', 'missing', 'Чего Вам не хватило в программе и/или что хотелось бы изменить?', null, false),
   ('MENTOR', 'ALL', 150, 'YES_NO', 'useful', 'Была ли для Вас полезна совместная работа с наставляемым?', null, true),
   ('MENTOR', 'ALL', 160, 'YES_NO', 'continue', 'Хотели бы Вы продолжить работу в программе?', null, true),
   ('MENTOR', 'ALL', 180, 'CHOICE', 'frequency', 'Как часто проводились встречи / мероприятия по развитию профессиональных навыков?', 'часто (1 раз в неделю)|редко (1 раз в месяц)|1 раз в полугодие|никогда', true))
       as q (respondent, forms, pos, kind, metric, txt, opts, req)
    on q.respondent = t.respondent
   and (q.forms = 'ALL' or (q.forms = 'STUDENT' and f.code <> 'TEACHER_TEACHER')
        or (q.forms = 'TEACHER' and f.code = 'TEACHER_TEACHER'));

insert into questionnaire_question (template_id, position, kind, metric_key, text, options, required)
select t.id, q.pos, q.kind, q.metric, q.txt, q.opts, q.req
  from questionnaire_template t
  join (values
   (10, 'CHOICE', 'launch_ready', 'Подготовлены условия для запуска программы', 'да|частично|нет', true),
   (20, 'CHOICE', 'mentee_base', 'Сформирована база наставляемых', 'да|частично|нет', true),
   (30, 'CHOICE', 'mentor_base', 'Сформирована база наставников', 'да|частично|нет', true),
   (40, 'CHOICE', 'mentors_trained', 'Проведены отбор и обучение наставников', 'да|частично|нет', true),
   (50, 'CHOICE', 'pairs_formed', 'Сформированы пары/группы (приказ)', 'да|частично|нет', true),
   (60, 'CHOICE', 'meetings_sequence', 'Проведены встречи по установленной последовательности', 'да|частично|нет', true),
   (70, 'CHOICE', 'final_event', 'Проведено итоговое мероприятие', 'да|частично|нет', true),
   (80, 'CHOICE', 'feedback', 'Собрана обратная связь', 'да|частично|нет', true),
   (90, 'SCALE', 'model_conditions', 'Соответствие условий требованиям модели', null, true),
   (100, 'SCALE', 'principles', 'Соответствие принципам', null, true),
   (110, 'SCALE', 'modern_approaches', 'Использование современных подходов и технологий', null, true),
   (120, 'TEXT', 'comment', 'Комментарий', null, false))
       as q (pos, kind, metric, txt, opts, req) on true
 where t.respondent = 'CURATOR';
