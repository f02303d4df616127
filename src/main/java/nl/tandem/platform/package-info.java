/**
 * Shared infrastructure every module builds on: the database bootstrap, the web layout,
 * languages, error pages and the exceptions that map to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package nl.tandem.platform;
