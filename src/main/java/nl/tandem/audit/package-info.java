/**
 * The access and change log: who read or changed which participant's sensitive data, when
 * and from where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.tandem.audit;
