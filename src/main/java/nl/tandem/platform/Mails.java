package nl.tandem.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail through the SMTP server of {@code spring.mail.host}. Without one (the
 * default run on a developer's machine) nothing is sent: the mails are kept in memory,
 * the latest {@value #KEPT} of them, for the developer page {@code /dev/mail}. Production
 * always has a host, so nothing is kept there and the application stays stateless.
 */
@Service
public class Mails {

	static final int KEPT = 50;

	private static final Logger log = LoggerFactory.getLogger(Mails.class);

	private final JavaMailSender sender;

	private final String from;

	private final Clock clock;

	private final Deque<KeptMail> kept = new ArrayDeque<>();

	Mails(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${tandem.mail.from}") String from, Clock clock) {
		this.sender = host.isBlank() ? null : sender.getIfAvailable();
		this.from = from;
		this.clock = clock;
	}

	/**
	 * Sends the mail, or keeps it when no SMTP server is configured.
	 * @throws org.springframework.mail.MailException when the server refuses it
	 */
	public void send(Mail mail) {
		if (this.sender == null) {
			keep(mail);
			return;
		}
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		this.sender.send(message);
	}

	/**
	 * Whether mails are kept rather than sent: no SMTP server is configured.
	 */
	public boolean keeping() {
		return this.sender == null;
	}

	/**
	 * The kept mails of an organisation, newest first; none when mails are sent.
	 */
	public List<KeptMail> kept(long organisationId) {
		synchronized (this.kept) {
			return this.kept.stream().filter(mail -> mail.mail().organisationId() == organisationId).toList();
		}
	}

	private void keep(Mail mail) {
		synchronized (this.kept) {
			this.kept.addFirst(new KeptMail(this.clock.instant(), mail));
			while (this.kept.size() > KEPT) {
				this.kept.removeLast();
			}
		}
		log.info("No SMTP server configured (spring.mail.host): the mail is kept for /dev/mail instead of sent");
	}

	/**
	 * A mail that was not sent, and when.
	 */
	public record KeptMail(Instant at, Mail mail) {
	}

}
