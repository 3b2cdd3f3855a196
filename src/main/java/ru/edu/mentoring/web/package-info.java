/**
 * The web shell: what runs the application around the modules — web configuration, error pages and the one handler
 * of stale saves, navigation, messages, files out (PDF, XLSX), the database bootstrap (embedded in development),
 * caches, scheduled jobs run once across instances. The modules' own code never lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.edu.mentoring.web;
