/** Accounts: users, roles, their municipality and schools, login and the current user's scope. */
package ru.edu.mentoring.accounts;
