/**
 * The participant's and the employer contact's own pages, and the coach's invitations
 * that give them access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package nl.tandem.portal;
