"""Headless Chromium (Debian's, with Debian's chromedriver) driven by selenium,
shared by the accessibility check and the screenshots of Vista pages."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Reader screens: a laptop and a phone (iPhone 12-15 size, in CSS pixels).
DESKTOP, PHONE = (1280, 900), (390, 844)


def chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-gpu", "--hide-scrollbars", "--force-color-profile=srgb",
                "--lang=en-US"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    return driver


def emulate(driver, size, scheme="light"):
    """Viewport of exactly SIZE CSS pixels (a phone below 600 px) and a colour scheme."""
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
