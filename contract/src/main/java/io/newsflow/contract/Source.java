package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where an article was published: a display name and the site's domain (lower case, no "www."). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String name, String domain) {
}
