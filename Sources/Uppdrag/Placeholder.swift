public enum UppdragPlaceholder {}
