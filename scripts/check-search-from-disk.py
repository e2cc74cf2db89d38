#!/usr/bin/env python3
"""Checks the built site's search in a real browser, opened from disk (file://), as a reader
who double-clicks site/index.html would use it:

    python scripts/check-search-from-disk.py SITE_DIR [WORD]

1. search.html?q=WORD lists results, the first of them titled with WORD;
2. the search box in the header of another page leads there and finds it too;
3. with JavaScript switched off, the search page says so and links to the lists instead.

Runs Debian's chromium through its chromedriver with selenium, from the venv that
../shared/tools/install-sitecheck.sh makes (SITECHECK_VENV, default /tmp/sitecheck-venv).
Exits 1 when a check fails."""
import os
import shutil
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)


def wait_for_results(driver):
    for _ in range(50):
        if driver.find_element(By.ID, "search-status").text:
            return
        time.sleep(0.1)


def main():
    site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "site")
    word = sys.argv[2] if len(sys.argv) > 2 else "Crowther"
    base = "file://" + site
    failures = []

    driver = browser()
    try:
        driver.get(f"{base}/search.html?q={word}")
        wait_for_results(driver)
        status = driver.find_element(By.ID, "search-status").text
        titles = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#search-results h2 a")]
        print(f"search.html?q={word} from disk: {status}")
        for title in titles[:5]:
            print(f"  - {title}")
        if not titles or word.lower() not in titles[0].lower():
            failures.append(f"searching for {word!r} from disk found {titles[:3]}")
        if driver.find_element(By.ID, "search-needs-javascript").is_displayed():
            failures.append("the 'search needs JavaScript' note is shown although JavaScript ran")

        driver.get(f"{base}/people/index.html")
        box = driver.find_element(By.ID, "site-search")
        box.send_keys(word)
        box.submit()
        wait_for_results(driver)
        landed = driver.current_url[len(base) + 1:]
        print(f"header search box from disk: {landed}: {driver.find_element(By.ID, 'search-status').text}")
        if not landed.startswith(f"search.html?q={word}") or not driver.find_elements(By.CSS_SELECTOR, "#search-results li"):
            failures.append(f"the header search box led to {landed} without results")
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        if errors:
            failures.append(f"console errors: {errors}")
    finally:
        driver.quit()

    driver = browser(javascript=False)
    try:
        driver.get(f"{base}/search.html?q={word}")
        note = driver.find_element(By.ID, "search-needs-javascript")
        print(f"without JavaScript: note shown: {note.is_displayed()}")
        if not note.is_displayed():
            failures.append("without JavaScript the search page does not say that search needs it")
    finally:
        driver.quit()

    for failure in failures:
        print(f"check-search-from-disk: FAILED: {failure}", file=sys.stderr)
    print(f"check-search-from-disk: {'ok' if not failures else f'{len(failures)} failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
