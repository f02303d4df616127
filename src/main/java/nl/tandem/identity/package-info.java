/**
 * Accounts and login: who may sign in, with which roles, in which organisation and
 * language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.tandem.identity;
