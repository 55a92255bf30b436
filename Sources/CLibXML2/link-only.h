/* Never imported from Swift: this system-library target only carries libxml2's pkg-config
   flags (-I…/libxml2, -lxml2) to the CXMLShim C target. No libxml2 (and so no ICU) header may
   reach a module Swift imports: see shared/notes/swift-c-libraries.md. */
