package nl.tandem.platform;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML page into a PDF in house style. The font (DejaVu Sans, so
 * that every name prints, also names with letters beyond Western Europe's) is embedded;
 * the document is tagged for screen readers (PDF/UA) and fit for archiving (PDF/A-3u).
 * Fonts, their metrics, the colour profile and the logo are read once and shared by all
 * documents, so a document costs only its layout. Pages can refer to nothing outside
 * themselves but images given as data URIs, such as {@link #logo()}. Shared by every
 * module that writes documents (the coaching plan, the logbook), so that all documents
 * look alike.
 */
@Component
public class PdfRenderer {

	/**
	 * The name under which templates ask for the embedded font.
	 */
	public static final String FONT_FAMILY = "Tandem Sans";

	private final byte[] regular = read("documents/fonts/DejaVuSans.ttf");

	private final byte[] bold = read("documents/fonts/DejaVuSans-Bold.ttf");

	private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final String logo = "data:image/png;base64,"
			+ Base64.getEncoder().encodeToString(read("documents/tandem-logo.png"));

	private final FontMetrics fontMetrics = new FontMetrics();

	PdfRenderer() {
		XRLog.setLoggerImpl(new Logging());
	}

	/**
	 * The Tandem logo, as a data URI for an {@code img} element.
	 */
	public String logo() {
		return this.logo;
	}

	/**
	 * The page as a PDF.
	 */
	public byte[] render(String xhtml) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFont(() -> stream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> stream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useCacheStore(CacheStore.PDF_FONT_METRICS, this.fontMetrics);
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
		builder.useColorProfile(this.colourProfile);
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.withProducer("Tandem");
		builder.withHtmlContent(xhtml, null);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	/**
	 * The metrics of the fonts, measured in the first document and shared by all later
	 * ones and by concurrent requests.
	 */
	static final class FontMetrics implements FSCacheEx<String, FSCacheValue> {

		private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

		@Override
		public void put(String key, FSCacheValue value) {
			this.values.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> measure) {
			FSCacheValue known = this.values.get(key);
			if (known != null) {
				return known;
			}
			try {
				FSCacheValue measured = measure.call();
				if (measured != null) {
					this.values.putIfAbsent(key, measured);
				}
				return measured;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot measure font " + key, ex);
			}
		}

		@Override
		public FSCacheValue get(String key) {
			return this.values.get(key);
		}

	}

	/**
	 * The renderer's messages in the application's log: its progress at debug level, its
	 * warnings and errors by their message template only, since the values it fills in
	 * can be text from the document, and log lines never carry personal data.
	 */
	static final class Logging implements XRLogger {

		@Override
		public void log(Diagnostic diagnostic) {
			Log log = LogFactory.getLog(diagnostic.getLogMessageId().getWhere());
			if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
				log.warn("PDF rendering: " + diagnostic.getLogMessageId().getMessageFormat(), diagnostic.getError());
			}
			else if (log.isDebugEnabled()) {
				log.debug(diagnostic.getFormattedMessage(), diagnostic.getError());
			}
		}

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			Log log = LogFactory.getLog(where);
			if (level.intValue() >= Level.WARNING.intValue()) {
				log.warn("PDF rendering: a problem without a message template", error);
			}
			else if (log.isDebugEnabled()) {
				log.debug(message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
					|| LogFactory.getLog(diagnostic.getLogMessageId().getWhere()).isDebugEnabled();
		}

	}

}
