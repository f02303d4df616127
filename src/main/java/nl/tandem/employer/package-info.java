/**
 * Employers with their contact persons (supervisors, colleagues and buddies, HR) and
 * workplaces, shared by the staff of an organisation and referred to by placements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employer",
		allowedDependencies = { "platform", "identity" })
package nl.tandem.employer;
