# CPack: the Debian package, sre-console_<version>_<arch>.deb (version from project()).
# Included by the top-level CMakeLists.txt after every install() rule. See packaging/README.md.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sre-console)
set(CPACK_PACKAGE_VENDOR "SRE Console contributors")
set(CPACK_PACKAGE_CONTACT "SRE Console maintainers <sre-console@sreconsole.github.io>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/sreconsole/sre-console")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SLOs, postmortems and runbooks for on-call engineers")
# The synopsis is the summary above; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SRE Console is a desktop console for on-call engineers. It reads a workspace
folder of SLO definitions, postmortems and runbooks, and takes its numbers from
your own Prometheus (or Thanos, Mimir, Cortex, VictoriaMetrics).
.
 * SLO dashboards: SLI, error budget and burn rates
 * blameless postmortems from templates, with a linter and the impact from
   the SLO data
 * runbooks browsed and searched offline, opened from a firing alert
 * error-budget review handouts as PDF or HTML
.
srectl, the command line twin, computes the same numbers without a display,
so a CI/CD pipeline can gate a deploy on the error budget.")
# Libraries from dpkg-shlibdeps; what the binaries load at run time besides them: the SQLite and
# SVG plugins, time zones, fonts for Japanese and the colour emoji of postmortems and their PDFs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, tzdata, fonts-noto-cjk, fonts-noto-color-emoji")
# Japanese for Qt's own dialogs; native windows on Wayland (XWayland works without it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
include(CPack)
