/**
 * The organisation (tenant), its teams and its staff: coaches, team leads, administrators
 * and privacy officers, with the coaches' certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package nl.tandem.organisation;
