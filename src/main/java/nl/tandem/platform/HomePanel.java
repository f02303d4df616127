package nl.tandem.platform;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A block on the home page, contributed by a module. The home page shows every panel that
 * has something for the current user, in order, so each module can add what its users
 * need to see first without the home page knowing the module.
 */
public interface HomePanel {

	/**
	 * The order on the page; lower comes first.
	 */
	int order();

	/**
	 * The Thymeleaf fragment that renders this panel, e.g.
	 * {@code organisation/panels :: certificates}.
	 */
	String fragment();

	/**
	 * The model of this panel for the current user, or empty when the panel has nothing
	 * to show.
	 */
	Optional<Map<String, Object>> model();

	static HomePanel of(int order, String fragment, Supplier<Optional<Map<String, Object>>> model) {
		return new HomePanel() {
			@Override
			public int order() {
				return order;
			}

			@Override
			public String fragment() {
				return fragment;
			}

			@Override
			public Optional<Map<String, Object>> model() {
				return model.get();
			}
		};
	}

}
