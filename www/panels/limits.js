// The Limits panel: the text against an X post, SMS messages, and a search result's title and
// description (measured on the headline and the first paragraph). DOM only.

import { formatCount } from "../format.js";

const $ = (id) => document.getElementById(id);

export class Limits {
  /** Renders `limits` of the analysis (see analysis.js). */
  show({ twitter, sms, metaTitle, metaDescription }) {
    const limit = (id, { length, limit: max, fits }) => {
      const element = $(id);
      element.textContent = `${formatCount(length)} / ${formatCount(max)}`;
      element.dataset.fits = String(fits);
      element.title = fits ? "fits" : `${formatCount(length - max)} over`;
    };
    limit("limit-twitter", twitter);
    limit("limit-meta-title", metaTitle);
    limit("limit-meta-description", metaDescription);
    $("limit-meta-title-source").textContent = `(${metaTitle.source})`;
    $("limit-meta-description-source").textContent = `(${metaDescription.source})`;
    const element = $("limit-sms");
    const encoding = sms.encoding === "gsm7" ? "GSM-7" : "Unicode";
    element.textContent = `${formatCount(sms.segments)} ${sms.segments === 1 ? "message" : "messages"} (${encoding}, ${formatCount(sms.units)} units)`;
    element.dataset.fits = String(sms.segments <= 1);
  }
}
