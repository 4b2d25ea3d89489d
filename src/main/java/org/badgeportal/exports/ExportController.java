package org.badgeportal.exports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.badgeportal.issuers.IssuerService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The export page and its downloads; owners only (IssuerDashboardAuthorization). Each download is written on the request's
 * own thread straight to the response, inside the export's read-only transaction.
 */
@Controller
@RequestMapping("/manage/{issuer}/export")
class ExportController {

    static final String VIEW = "exports/export";

    private final IssuerService issuers;
    private final IssuerExport json;
    private final CsvExport csv;

    ExportController(IssuerService issuers, IssuerExport json, CsvExport csv) {
        this.issuers = issuers;
        this.json = json;
        this.csv = csv;
    }

    @GetMapping
    String page(@PathVariable("issuer") String slug, Model model) {
        model.addAttribute("issuer", issuers.requireBySlug(slug));
        return VIEW;
    }

    @GetMapping("/issuer.json")
    void issuerJson(@PathVariable("issuer") String slug, HttpServletResponse response) throws IOException {
        download(response, "application/json", slug + "-issuer.json");
        json.write(slug, response.getOutputStream());
    }

    @GetMapping("/badges.csv")
    void badges(@PathVariable("issuer") String slug, HttpServletResponse response) throws IOException {
        download(response, CSV, slug + "-badges.csv");
        csv.badges(slug, response.getOutputStream());
    }

    @GetMapping("/awards.csv")
    void awards(@PathVariable("issuer") String slug, HttpServletResponse response) throws IOException {
        download(response, CSV, slug + "-awards.csv");
        csv.awards(slug, response.getOutputStream());
    }

    @GetMapping("/recipients.csv")
    void recipients(@PathVariable("issuer") String slug, HttpServletResponse response) throws IOException {
        download(response, CSV, slug + "-recipients.csv");
        csv.recipients(slug, response.getOutputStream());
    }

    private static final String CSV = "text/csv";

    private static void download(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
