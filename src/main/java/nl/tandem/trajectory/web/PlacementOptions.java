package nl.tandem.trajectory.web;

import java.util.List;
import java.util.Map;

import nl.tandem.employer.ContactView;
import nl.tandem.employer.EmployerView;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of the placement form: the employers to choose from (found by name, since
 * an organisation may have thousands) and, once one is chosen, its workplaces and
 * contacts.
 */
@Component
class PlacementOptions {

	static final int MATCHES = 20;

	private final Employers employers;

	PlacementOptions(Employers employers) {
		this.employers = employers;
	}

	void addTo(CurrentUser user, String query, Long employerId, Model model) {
		long organisation = user.organisationId();
		List<Long> matches = (query != null && !query.isBlank())
				? this.employers.idsMatching(organisation, query, MATCHES) : List.of();
		List<Long> shown = new java.util.ArrayList<>(matches);
		if (employerId != null && !shown.contains(employerId) && this.employers.exists(organisation, employerId)) {
			shown.add(0, employerId);
		}
		Map<Long, String> names = this.employers.names(organisation, shown);
		model.addAttribute("employerQuery", query);
		model.addAttribute("employerChoices",
				shown.stream().filter(names::containsKey).map(id -> new Choice(id, names.get(id))).toList());
		if (employerId != null && names.containsKey(employerId)) {
			EmployerView employer = this.employers.find(user, employerId);
			model.addAttribute("workplaces",
					employer.workplaces()
						.stream()
						.map(workplace -> new Choice(workplace.id(), workplace.name()))
						.toList());
			model.addAttribute("contacts",
					employer.contacts()
						.stream()
						.filter(ContactView::active)
						.map(contact -> new Choice(contact.id(), contact.displayName()))
						.toList());
		}
		else {
			model.addAttribute("workplaces", List.of());
			model.addAttribute("contacts", List.of());
		}
	}

	record Choice(long id, String name) {
	}

}
