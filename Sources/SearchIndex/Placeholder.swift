public enum SearchIndexPlaceholder {}
