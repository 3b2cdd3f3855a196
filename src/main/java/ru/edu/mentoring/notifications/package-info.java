/** Notifications: in-app messages made from other modules' events, with an unread badge in the navigation. */
package ru.edu.mentoring.notifications;
